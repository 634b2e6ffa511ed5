export type NavItem = { href: string; label: string };

export const NAV_ITEMS: NavItem[] = [
  { href: '/triggers', label: 'Triggers' },
  { href: '/workflows', label: 'Workflows' },
  { href: '/modules', label: 'Modules' },
  { href: '/blueprints', label: 'Blueprints' },
  { href: '/executions', label: 'Executions' },
  { href: '/logs', label: 'Logs' },
  { href: '/settings', label: 'Settings' },
];
