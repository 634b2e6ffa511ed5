'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiFetch, readApiKey, storeApiKey } from '../../lib/api-client';

export type Identity = { id: string; name: string; role: 'admin' | 'viewer' };

type AuthState = {
  status: 'loading' | 'signed-out' | 'signed-in';
  identity: Identity | null;
  signIn: (key: string) => Promise<void>;
  signOut: () => void;
};

const AuthContext = createContext<AuthState | null>(null);

/** Keeps the API key in localStorage and checks it against `GET /api-keys/me`. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [identity, setIdentity] = useState<Identity | null>(null);

  useEffect(() => {
    const key = readApiKey();
    if (!key) {
      setStatus('signed-out');
      return;
    }
    apiFetch<Identity>('/api-keys/me', { key })
      .then((me) => {
        setIdentity(me);
        setStatus('signed-in');
      })
      .catch(() => {
        storeApiKey(null);
        setStatus('signed-out');
      });
  }, []);

  const signIn = useCallback(async (key: string) => {
    const me = await apiFetch<Identity>('/api-keys/me', { key });
    storeApiKey(key);
    setIdentity(me);
    setStatus('signed-in');
  }, []);

  const signOut = useCallback(() => {
    storeApiKey(null);
    setIdentity(null);
    setStatus('signed-out');
  }, []);

  const value = useMemo(() => ({ status, identity, signIn, signOut }), [status, identity, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
