import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { DateAsGiven } from "@/lib/dates";
import { exclusiveEnd, formatDateAsGiven } from "@/lib/dates";
import type { ActivityStatus } from "@/lib/domain";

// An RFC 5545 calendar of activities, written with the `ics` package (maintained, pure JS).
// Every activity is an all-day event: the record holds days, months or years, never times.

export interface CalendarActivity {
  id: string;
  title: string;
  summary: string | null;
  status: ActivityStatus;
  start: DateAsGiven;
  end: DateAsGiven | null;
  place: string | null;
  lead: string;
  version: number;
  updatedAt: Date;
}

export const UID_DOMAIN = "asean-un-tracker";

function dateArray(iso: string): DateArray {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

function timestamp(date: Date): DateArray {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

function event(activity: CalendarActivity, baseUrl: string): EventAttributes {
  const asGiven = formatDateAsGiven(activity.start, activity.end);
  const description = [
    activity.start.precision === "day" ? null : `Date as recorded: ${asGiven} (no exact day).`,
    `Lead: ${activity.lead}.`,
    activity.summary,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    uid: `${activity.id}@${UID_DOMAIN}`,
    // The activity's version: calendar apps replace an event when its sequence grows.
    sequence: activity.version,
    lastModified: timestamp(activity.updatedAt),
    start: dateArray(activity.start.date),
    end: dateArray(exclusiveEnd(activity.end ?? activity.start)),
    title: activity.title,
    description,
    location: activity.place ?? undefined,
    url: `${baseUrl}/activities/${activity.id}`,
    status: activity.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    transp: "TRANSPARENT",
  };
}

export function renderCalendar(
  activities: CalendarActivity[],
  { name, baseUrl }: { name: string; baseUrl: string },
): string {
  if (activities.length === 0) {
    // The library refuses an empty list; an empty calendar is still a valid feed.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${UID_DOMAIN}`, `X-WR-CALNAME:${name}`, "END:VCALENDAR", ""].join(
      "\r\n",
    );
  }
  const { error, value } = createEvents(
    activities.map((a) => event(a, baseUrl)),
    { productId: UID_DOMAIN, calName: name },
  );
  if (error || !value) throw error ?? new Error("The calendar could not be written.");
  return value;
}
