'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { LoadingState } from '../../components/ui/states';
import { Button } from '../../components/ui/button';
import { useAuth } from '../auth/auth-context';
import { SignInForm } from '../auth/sign-in-form';
import { NAV_ITEMS } from './nav-items';

/** Navigation + identity; a signed-out visitor sees the sign-in form on whatever page they opened. */
export function AppShell({ children }: { children: ReactNode }) {
  const { status, identity, signOut } = useAuth();
  const pathname = usePathname();

  if (status === 'loading') return <LoadingState label="Starting…" />;
  if (status === 'signed-out') {
    return (
      <main className="centered">
        <SignInForm />
      </main>
    );
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">MISP Workflows</div>
        <ul>
          {NAV_ITEMS.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link href={item.href} aria-current={active ? 'page' : undefined} className={active ? 'active' : undefined}>
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="identity">
          <span title={identity?.name}>
            {identity?.name} <span className="badge">{identity?.role}</span>
          </span>
          <Button variant="secondary" onClick={signOut}>
            Sign out
          </Button>
        </div>
      </nav>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}
