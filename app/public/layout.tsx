import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import { appUrl } from "@/lib/env";

// Rendered per request, never at build time, so that Next's scripts carry each request's CSP
// nonce; the data behind the pages is cached (lib/public-record-cache.ts), the HTML is not.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  metadataBase: new URL(appUrl()),
  openGraph: { siteName: "ASEAN-UN Human Rights Cooperation Tracker", type: "website", locale: "en" },
};

/** The public register's frame: no session, no account, only what the record publishes. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="dark-surface bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link href="/public" className="text-base font-semibold tracking-tight">
            ASEAN-UN Human Rights Cooperation
          </Link>
          <nav aria-label="Public record" className="flex flex-wrap gap-1">
            <NavLink href="/public">Activities</NavLink>
            <NavLink href="/public/plan">Plan of Action</NavLink>
            <NavLink href="/public/notes">Background Notes</NavLink>
            <NavLink href="/public/data">Open data</NavLink>
          </nav>
          <Link href="/login" className="ml-auto text-sm font-medium text-brand-100 hover:text-white hover:underline">
            Sign in
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
