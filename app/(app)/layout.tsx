import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";
import { MFA_ENROLMENT_PATH, requireAccountHolder } from "@/lib/auth/session";
import { countUnread } from "@/lib/dal/notifications/inbox";
import { countQueue } from "@/lib/dal/activities/queue";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { user, mustEnrolMfa } = await requireAccountHolder();
  // A user who must set up two-step verification sees that page and nothing else. Pages,
  // actions and routes refuse them anyway (getCurrentUser); this only shows the way.
  if (mustEnrolMfa && (await headers()).get(REQUEST_PATH_HEADER)?.split("?")[0] !== MFA_ENROLMENT_PATH)
    redirect(MFA_ENROLMENT_PATH);
  const [waiting, unread] = mustEnrolMfa ? [0, 0] : await Promise.all([countQueue(user), countUnread(user)]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <AppHeader user={user} waiting={waiting} unread={unread} enrolling={mustEnrolMfa} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
