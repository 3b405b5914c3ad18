"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition, type MouseEvent } from "react";
import { markReadAction } from "@/app/(app)/notifications/actions";

/** A click that opens the link in another tab or window leaves this page where it is. */
function opensElsewhere(event: MouseEvent) {
  return event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * Opens what a notification is about and marks it read. The mark is awaited before the
 * navigation starts: a navigation begun while a Server Action is in flight can be reverted
 * when the action settles (vercel/next.js#86151), which left people on the Notifications page.
 */
export function NotificationLink({
  id,
  href,
  title,
  read,
}: {
  id: string;
  href: string;
  title: string;
  read: boolean;
}) {
  const router = useRouter();
  const [opening, startOpening] = useTransition();
  // A mark that fails leaves the notification unread, nothing more: it never stops the opening.
  const markRead = () => markReadAction(id).catch(() => undefined);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (read) return;
    if (opensElsewhere(event)) return void markRead();
    event.preventDefault();
    if (opening) return; // a second click while the first is on its way
    startOpening(async () => {
      await markRead();
      router.push(href);
    });
  };
  return (
    <Link
      href={href}
      onClick={onClick}
      // A middle click (a new tab) is an auxclick, not a click.
      onAuxClick={(event) => (!read && event.button === 1 ? void markRead() : undefined)}
      aria-busy={opening || undefined}
      className={`text-brand-700 hover:underline ${read ? "" : "font-semibold"} ${opening ? "cursor-progress opacity-70" : ""}`}
    >
      {title}
    </Link>
  );
}
