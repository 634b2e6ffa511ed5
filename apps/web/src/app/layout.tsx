import type { ReactNode } from 'react';
import './global.css';
import { Providers } from './providers';

export const metadata = {
  title: 'MISP Workflow Platform',
  description: 'Design, run and trace MISP workflows',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
