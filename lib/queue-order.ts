import type { DateAsGiven } from "@/lib/dates";

// How the queue can be ordered, and how long an entry has waited, in words.

export const QUEUE_SORTS = ["waiting", "date", "due"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_SORT_LABELS: Record<QueueSort, string> = {
  waiting: "Waiting longest",
  date: "Activity date",
  due: "Report due",
};

export function parseQueueSort(raw: string | undefined): QueueSort {
  return (QUEUE_SORTS as readonly string[]).includes(raw ?? "") ? (raw as QueueSort) : "waiting";
}

interface Sortable {
  waitingSince: Date;
  start: DateAsGiven | null;
  due?: { on: string };
}

// What has no date or no due date goes last; ties wait in the order they came.
const LAST = "9999-12-31";
const KEYS: Record<QueueSort, (item: Sortable) => string> = {
  waiting: (item) => item.waitingSince.toISOString(),
  date: (item) => item.start?.date ?? LAST,
  due: (item) => item.due?.on ?? LAST,
};

/** The entries in the chosen order: the oldest wait, the earliest activity or the earliest due date first. */
export function sortQueue<T extends Sortable>(items: T[], sort: QueueSort): T[] {
  const key = KEYS[sort];
  return [...items].sort((a, b) => key(a).localeCompare(key(b)) || a.waitingSince.getTime() - b.waitingSince.getTime());
}

const DAY = 86_400_000;

/** How long since then, as people say it: "today", "1 day", "12 days", "5 weeks", "3 months". */
export function waitingFor(since: Date, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY));
  if (days === 0) return "today";
  if (days < 14) return days === 1 ? "1 day" : `${days} days`;
  if (days < 61) return `${Math.floor(days / 7)} weeks`;
  const months = Math.floor(days / 30.44);
  return months < 24 ? `${months} months` : `${Math.floor(months / 12)} years`;
}
