import Link from "next/link";
import { QUEUE_BADGE_CAP } from "@/lib/dal/activities/queue";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { ROLE_LABELS } from "@/lib/domain";
import { can } from "@/lib/permissions";
import { CollapsibleNav } from "./collapsible-nav";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** The header; `enrolling` (a user who must first set up two-step verification) shows no way elsewhere. */
export function AppHeader({
  user,
  waiting,
  unread,
  enrolling = false,
}: {
  user: SessionUser;
  waiting: number;
  unread: number;
  enrolling?: boolean;
}) {
  const organisation = user.organisation ? (user.organisation.acronym ?? user.organisation.name) : null;
  const account = (
    <div className="flex items-center justify-between gap-4 lg:justify-end">
      <p className="text-sm leading-tight lg:text-right" data-testid="signed-in-user">
        <Link href="/account" className="block font-medium hover:underline">
          {user.name}
        </Link>
        <span className="block text-brand-100">
          {ROLE_LABELS[user.role]}
          {organisation ? ` · ${organisation}` : ""}
        </span>
      </p>
      <SignOutButton />
    </div>
  );
  return (
    <header className="dark-surface bg-brand-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6 lg:gap-x-6">
        <Link href="/" className="mr-auto text-base font-semibold tracking-tight lg:mr-0">
          ASEAN-UN <span className="hidden sm:inline">Cooperation </span>Tracker
        </Link>
        {enrolling ? null : <NotificationBell unread={unread} />}
        <CollapsibleNav>
          {enrolling ? <div className="flex-1" /> : <MainNav user={user} waiting={waiting} />}
          {account}
        </CollapsibleNav>
      </div>
    </header>
  );
}

function MainNav({ user, waiting }: { user: SessionUser; waiting: number }) {
  return (
    <nav aria-label="Main" className="flex flex-col gap-1 lg:flex-1 lg:flex-row lg:flex-wrap">
      <NavLink href="/">Overview</NavLink>
      <NavLink href="/activities">Activities</NavLink>
      <NavLink href="/calendar">Calendar</NavLink>
      <NavLink href="/series">Series</NavLink>
      <NavLink href="/plan">Plan of Action</NavLink>
      <NavLink href="/reports/background-note">Background Notes</NavLink>
      {can(user.role, "queue:read") ? (
        <NavLink href="/queue" badge={waiting} badgeCap={QUEUE_BADGE_CAP}>
          Waiting for you
        </NavLink>
      ) : null}
      {can(user.role, "activity:create") ? <NavLink href="/activities/new">New activity</NavLink> : null}
      {can(user.role, "organisation:manage") ? <NavLink href="/admin/organisations">Organisations</NavLink> : null}
      {can(user.role, "user:manage") ? <NavLink href="/admin/users">Users</NavLink> : null}
      {can(user.role, "mail:admin") ? <NavLink href="/admin/mail">Email</NavLink> : null}
    </nav>
  );
}

function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      className="relative order-1 rounded-md p-2 text-brand-100 hover:bg-white/10 hover:text-white lg:order-last"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      data-testid="bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-amber-300 px-1 text-center text-xs font-bold text-slate-900">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
