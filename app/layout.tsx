import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/layout/demo-banner";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ASEAN-UN Human Rights Cooperation Tracker", template: "%s · ASEAN-UN Cooperation Tracker" },
  description: "Joint activities of ASEAN bodies and the UN system under the ASEAN-UN Plan of Action.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        {env().DEMO ? <DemoBanner /> : null}
        {children}
      </body>
    </html>
  );
}
