import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/dal/notifications";
import { countQueue } from "@/lib/dal/queue";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [waiting, unread] = await Promise.all([countQueue(user), countUnread(user)]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <AppHeader user={user} waiting={waiting} unread={unread} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
