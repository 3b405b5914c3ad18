import type { ReactNode } from "react";

// No navigation, no session, no styles: what every Next.js page costs and nothing more.
export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
