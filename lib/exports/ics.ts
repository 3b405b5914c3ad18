import type { DateAsGiven, DateRangeAsGiven } from "@/lib/dates";
import { exclusiveEnd, formatActivityDates } from "@/lib/dates";
import type { ActivityMode, ActivityStatus } from "@/lib/domain";

// An RFC 5545 calendar of activities. Every activity is an all-day event: the record holds
// days, months or years, never times. Written here rather than with the `ics` package,
// which validates each event with yup: 0.45 ms an event made a feed of the whole record
// (20,000 activities) take 9 s of CPU; this takes a few hundred ms.

export interface CalendarActivity {
  id: string;
  title: string;
  summary: string | null;
  status: ActivityStatus;
  start: DateAsGiven;
  end: DateAsGiven | null;
  /** Held in parts: each range (none for one range); each part is an event of its own. */
  parts?: DateRangeAsGiven[];
  /** The venue ("Bangkok, Thailand"); an online activity has none. */
  place: string | null;
  mode: ActivityMode;
  /** Only in a signed-in user's feed: the public calendar never carries it. */
  meetingLink?: string | null;
  lead: string;
  version: number;
  updatedAt: Date;
}

export const UID_DOMAIN = "asean-un-tracker";

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \\n (RFC 5545 3.3.11). */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");

const day = (iso: string) => iso.replaceAll("-", "");

/** UTC date-time, e.g. 20261120T101500Z. */
const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Lines of at most 75 octets; a continuation starts with a space (RFC 5545 3.1). */
function fold(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * A year-only date is one all-day event on the year's first day (the text says it is the
 * year): a 365-day block would fill every day of the year in people's calendars.
 */
const lastDayShown = (activity: DateRangeAsGiven): DateAsGiven =>
  activity.start.precision === "year"
    ? { date: activity.start.date, precision: "day" }
    : (activity.end ?? activity.start);

/** LOCATION: the venue held in person or hybrid, "Online" for an online activity. */
function locationLines(activity: Pick<CalendarActivity, "mode" | "place">): string[] {
  const location = activity.mode === "online" ? "Online" : activity.place;
  return location ? [`LOCATION:${text(location)}`] : [];
}

/** How to join an online or hybrid activity, where the feed may say it. */
function joinLine(activity: Pick<CalendarActivity, "mode" | "meetingLink">): string | null {
  if (!activity.meetingLink) return null;
  return `${activity.mode === "hybrid" ? "Also online" : "Online"}: ${activity.meetingLink}`;
}

/**
 * An activity's events: one, or one per part when it is held in parts. The one-range
 * event's UID is the activity's own; a part's is <id>-<position>, stable while the parts stay.
 */
function events(activity: CalendarActivity, pageUrl: string, stamp: string): string[] {
  const parts = activity.parts ?? [];
  if (parts.length < 2) return event(activity, activity, activity.id, null, pageUrl, stamp);
  return parts.flatMap((part, i) =>
    event(activity, part, `${activity.id}-${i + 1}`, `Part ${i + 1} of ${parts.length}`, pageUrl, stamp),
  );
}

function event(
  activity: CalendarActivity,
  range: DateRangeAsGiven,
  uid: string,
  partLabel: string | null,
  pageUrl: string,
  stamp: string,
): string[] {
  const asGiven = formatActivityDates(activity.start, activity.end, activity.parts);
  const exact = range.start.precision === "day" && (!partLabel || !range.end || range.end.precision === "day");
  const description = [
    partLabel ? `${partLabel}; all dates: ${asGiven}.` : null,
    exact ? null : `Date as recorded: ${asGiven} (no exact day).`,
    `Lead: ${activity.lead}.`,
    joinLine(activity),
    activity.summary,
  ]
    .filter(Boolean)
    .join("\n\n");
  return [
    "BEGIN:VEVENT",
    `UID:${uid}@${UID_DOMAIN}`,
    `SUMMARY:${text(activity.title)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day(range.start.date)}`,
    `DTEND;VALUE=DATE:${day(exclusiveEnd(lastDayShown(range)))}`,
    // The activity's version: calendar apps replace an event when its sequence grows.
    `SEQUENCE:${activity.version}`,
    `DESCRIPTION:${text(description)}`,
    `URL:${pageUrl}/${activity.id}`,
    ...locationLines(activity),
    `STATUS:${activity.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:TRANSPARENT",
    `LAST-MODIFIED:${utc(activity.updatedAt)}`,
    "END:VEVENT",
  ];
}

export function renderCalendar(
  activities: CalendarActivity[],
  {
    name,
    baseUrl,
    activityPath = "/activities",
  }: {
    name: string;
    baseUrl: string;
    /** Where an event links to: the signed-in page, or the public register's. */
    activityPath?: string;
  },
): string {
  const stamp = utc(new Date());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "PRODID:-//ASEAN-UN Tracker//EN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(name)}`,
    "X-PUBLISHED-TTL:PT1H",
    ...activities.flatMap((a) => events(a, `${baseUrl}${activityPath}`, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
