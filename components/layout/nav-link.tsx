"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `badgeCap`: a badge at it reads "99+" for a cap of 100 (the count stopped there). */
export function NavLink({
  href,
  children,
  badge,
  badgeCap,
}: {
  href: string;
  children: string;
  badge?: number;
  badgeCap?: number;
}) {
  const pathname = usePathname();
  // "/activities" is not current on "/activities/new", which has its own link.
  const current =
    href === "/" || href === "/activities/new"
      ? pathname === href
      : pathname === href || (pathname.startsWith(`${href}/`) && pathname !== "/activities/new");
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-white/15 text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"}`}
    >
      {children}
      {badge ? <Badge count={badge} cap={badgeCap} /> : null}
    </Link>
  );
}

function Badge({ count, cap }: { count: number; cap?: number }) {
  const capped = cap !== undefined && count >= cap;
  return (
    <span
      className="ml-1.5 rounded-full bg-amber-300 px-1.5 py-0.5 text-xs font-bold text-slate-900"
      aria-label={capped ? `more than ${cap - 1} waiting` : `${count} waiting`}
    >
      {capped ? `${cap - 1}+` : count}
    </span>
  );
}
