/** Whether the user can sign in, and how: badges for the list and the user page. */
export function UserStatus({ user, throttle }: { user: UserRow; throttle?: ThrottledAccount }) {
  const label = !user.active
    ? "Deactivated"
    : user.awaitingPassword
      ? user.linkExpiresAt
        ? "Invited"
        : "Link expired"
      : "Active";
  const tone = label === "Active" ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700";
  return (
    <span className="flex flex-wrap gap-1">
      <span className={`rounded px-2 py-0.5 text-xs font-medium ${tone}`}>{label}</span>
      {user.mfaEnabled ? (
        <span className="rounded bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-800">Two-step on</span>
      ) : null}
      {throttle?.throttledUntil ? (
        <span className="rounded bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-900">Sign-in paused</span>
      ) : null}
      {user.isDemo ? (
        <span className="rounded bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">Demo</span>
      ) : null}
    </span>
  );
}
import type { ThrottledAccount, UserRow } from "@/lib/dal/accounts/types";
