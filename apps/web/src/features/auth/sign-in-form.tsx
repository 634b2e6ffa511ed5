'use client';

import { useState, type FormEvent } from 'react';
import { ApiClientError } from '../../lib/api-client';
import { Button } from '../../components/ui/button';
import { useAuth } from './auth-context';

export function SignInForm() {
  const { signIn } = useAuth();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(key.trim());
    } catch (e) {
      setError(e instanceof ApiClientError && e.status === 401 ? 'This API key is not valid.' : String(e instanceof Error ? e.message : e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <p className="muted">
        Paste an API key. On first start the API prints the admin key once; <code>ADMIN_API_KEY</code> sets it.
      </p>
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autoComplete="current-password"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'api-key-error' : undefined}
      />
      {error && (
        <p id="api-key-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit" disabled={busy || key.trim() === ''}>
        {busy ? 'Checking…' : 'Sign in'}
      </Button>
    </form>
  );
}
