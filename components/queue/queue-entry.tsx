import Link from "next/link";
import type { ReactNode } from "react";
import { ActivityDates } from "@/components/activities/activity-dates";
import type { QueueItem } from "@/lib/dal/activities/queue";
import { formatDateAsGiven } from "@/lib/dates";
import { waitingFor } from "@/lib/queue-order";

/** One waiting entry with what a reviewer needs to choose it without opening it. */
export function QueueEntry({ item, now }: { item: QueueItem; now: Date }) {
  return (
    <li className="px-4 py-3" data-testid="queue-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={item.href} className="font-medium text-brand-700 hover:underline">
          {item.title}
        </Link>
        <span className="text-sm text-slate-700">{item.reason}</span>
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Fact term="Organisation">{item.organisation}</Fact>
        {item.submittedBy ? <Fact term="Submitted by">{item.submittedBy}</Fact> : null}
        <Fact term="Activity dates">
          <ActivityDates start={item.start} end={item.end} parts={item.parts} />
        </Fact>
        <Fact term="Waiting">
          <time dateTime={item.waitingSince.toISOString()}>{waitingFor(item.waitingSince, now)}</time>
        </Fact>
        {item.due ? (
          <Fact term="Report due">
            {formatDateAsGiven({ date: item.due.on, precision: "day" })}
            {item.due.overdue ? <strong className="ml-1 text-rose-800">overdue</strong> : null}
          </Fact>
        ) : null}
      </dl>
    </li>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="text-slate-600">{term}:</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
