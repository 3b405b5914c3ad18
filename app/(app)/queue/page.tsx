import type { Metadata } from "next";
import Link from "next/link";
import { formatDateAsGiven } from "@/lib/dates";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getQueue } from "@/lib/dal/queue";

export const metadata: Metadata = { title: "Waiting for you" };

export default async function QueuePage() {
  const user = await requireCapability("queue:read");
  // Viewers never act: the page is not theirs (403), as the navigation already says.
    const items = await getQueue(user);
  return (
    <>
      <PageHeader title="Waiting for you" description="Entries where it is your turn to act." />
      {items.length === 0 ? (
        <EmptyState title="Nothing is waiting for you.">
          New submissions, returned entries and due reports appear here.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
          {items.map((item) => (
            <li
              key={`${item.href}-${item.reason}`}
              className="flex flex-wrap items-center justify-between gap-2 px-4 py-3"
            >
              <Link href={item.href} className="font-medium text-brand-700 hover:underline">
                {item.title}
              </Link>
              <span className="text-sm text-slate-600">
                {item.reason}
                {item.due ? (
                  <>
                    {" "}
                    (due {formatDateAsGiven({ date: item.due.on, precision: "day" })}
                    {item.due.overdue ? <strong className="text-rose-800">, overdue</strong> : null})
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
