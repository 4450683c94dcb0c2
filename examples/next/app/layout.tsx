import type { ReactNode } from 'react';
// The kit's optional default look. A global stylesheet belongs in the root layout.
import 'cognito-confirm-kit/styles.css';

export const metadata = { title: 'Confirm your account' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: 420, margin: '48px auto', fontFamily: 'system-ui, sans-serif' }}>{children}</main>
      </body>
    </html>
  );
}
