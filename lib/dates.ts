import type { DatePrecision } from "./domain";

// Dates are kept as the record gives them: a day, a month or a year. A date of month
// precision is stored as the first of that month and must never be shown as a day.

export interface DateAsGiven {
  date: string; // ISO yyyy-mm-dd, the first day of the period
  precision: DatePrecision;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const SHAPES: Array<[RegExp, DatePrecision]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, "day"],
  [/^(\d{4})-(\d{2})$/, "month"],
  [/^(\d{4})$/, "year"],
];

/** "2018-06-04" (day), "2018-06" (month) or "2018" (year); null when it is none of them. */
export function parseDateAsGiven(text: string): DateAsGiven | null {
  for (const [shape, precision] of SHAPES) {
    const match = shape.exec(text.trim());
    if (!match) continue;
    const [year, month = "01", day = "01"] = match.slice(1);
    const date = `${year}-${month}-${day}`;
    return isRealDay(date) ? { date, precision } : null;
  }
  return null;
}

function isRealDay(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  // Year 0 exists for Date, not for PostgreSQL's date type.
  return iso >= "0001" && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso;
}

interface Parts {
  year: number;
  month: string;
  day: number;
  precision: DatePrecision;
}

function parts({ date, precision }: DateAsGiven): Parts {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month: MONTHS[month - 1] ?? "", day, precision };
}

function single(p: Parts): string {
  if (p.precision === "year") return String(p.year);
  if (p.precision === "month") return `${p.month} ${p.year}`;
  return `${p.day} ${p.month} ${p.year}`;
}

/**
 * A date or a period as people write it: "15 May 2018", "13–16 November 2017",
 * "30 May – 2 June 2018", "June 2018", "2017".
 */
export function formatDateAsGiven(start: DateAsGiven | null, end?: DateAsGiven | null): string {
  if (!start) return "Date not recorded";
  const from = parts(start);
  if (!end || (end.date === start.date && end.precision === start.precision)) return single(from);
  const to = parts(end);
  const sameYear = from.year === to.year;
  if (from.precision === "day" && to.precision === "day" && sameYear) {
    return from.month === to.month
      ? `${from.day}\u2013${to.day} ${to.month} ${to.year}`
      : `${from.day} ${from.month} \u2013 ${to.day} ${to.month} ${to.year}`;
  }
  if (from.precision === "month" && to.precision === "month" && sameYear) {
    return `${from.month} \u2013 ${to.month} ${to.year}`;
  }
  if (from.precision === "year" && to.precision === "year") return `${from.year}\u2013${to.year}`;
  return `${single(from)} \u2013 ${single(to)}`;
}

/** A stored pair of columns back into a DateAsGiven. */
export function dateAsGiven(date: string | null, precision: DatePrecision | null): DateAsGiven | null {
  return date && precision ? { date, precision } : null;
}

/** An activity's period as given, from its four date columns (a row of DATE_COLUMNS). */
export function periodOf(row: {
  startDate: string | null;
  startPrecision: DatePrecision | null;
  endDate: string | null;
  endPrecision: DatePrecision | null;
}): { start: DateAsGiven | null; end: DateAsGiven | null } {
  return { start: dateAsGiven(row.startDate, row.startPrecision), end: dateAsGiven(row.endDate, row.endPrecision) };
}

/** A timestamp as people read it, in UTC so every reader sees the same day: "28 Nov 2026, 14:05 UTC". */
/**
 * A moment as people in the region write it, "2 Dec 2026, 07:51 UTC": in UTC by default, or
 * in a time zone (the reader's, in the browser). One format everywhere, whatever the locale.
 */
export function formatTimestamp(value: Date, timeZone = "UTC"): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const month = MONTHS[Number(part("month")) - 1]?.slice(0, 3);
  return `${Number(part("day"))} ${month} ${part("year")}, ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}

/** The day after the last day the date covers (ICS all-day ends are exclusive). */
export function exclusiveEnd({ date, precision }: DateAsGiven): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next =
    precision === "year"
      ? new Date(Date.UTC(y + 1, 0, 1))
      : precision === "month"
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** The last day a date covers: "June 2018" ends on 30 June 2018, "2017" on 31 December 2017. */
export function lastDay(date: DateAsGiven): string {
  const next = new Date(`${exclusiveEnd(date)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

/** The last day an activity's dates cover (its end, else its start); null when undated. */
export function lastDayOf(start: DateAsGiven | null, end: DateAsGiven | null): string | null {
  const last = end ?? start;
  return last ? lastDay(last) : null;
}

/** A date as a form's date field holds it at its precision: "2018-06-04", "2018-06" or "2018". */
export function typedDate(date: DateAsGiven | null): string {
  if (!date) return "";
  return date.precision === "year"
    ? date.date.slice(0, 4)
    : date.precision === "month"
      ? date.date.slice(0, 7)
      : date.date;
}

/** One range of an activity held in parts: a start and, if it runs longer than its start, an end. */
export interface DateRangeAsGiven {
  start: DateAsGiven;
  end: DateAsGiven | null;
}

/**
 * An activity's dates as people write them, whether in one range or in parts: the parts
 * share what they have in common once, at the end: "12–14 and 26 July 2021",
 * "30 November – 2 December 2021 and 15 January 2022", "5 March, 12 May and 3 June 2021".
 * With no parts it is the one range (formatDateAsGiven).
 */
export function formatActivityDates(
  start: DateAsGiven | null,
  end: DateAsGiven | null,
  parts: readonly DateRangeAsGiven[] = [],
): string {
  if (parts.length < 2) return formatDateAsGiven(start, end);
  const full = parts.map((p) => formatDateAsGiven(p.start, p.end));
  const shown = full.map((text, i) => {
    const next = full[i + 1];
    if (next === undefined) return text;
    const last = parts[i]!.end ?? parts[i]!.start;
    const { month, year } = { month: MONTHS[Number(last.date.slice(5, 7)) - 1], year: last.date.slice(0, 4) };
    // Within one month, at day precision ("12–14 July 2021"): the month goes with the next part's.
    const monthTail = ` ${month} ${year}`;
    if (parts[i]!.start.precision === "day" && last.precision === "day" && /^\d+(–\d+)? /.test(text)) {
      if (text.endsWith(monthTail) && next.endsWith(monthTail)) return text.slice(0, -monthTail.length);
    }
    const yearTail = ` ${year}`;
    if (last.precision !== "year" && text.endsWith(yearTail) && next.endsWith(yearTail)) {
      return text.slice(0, -yearTail.length);
    }
    return text;
  });
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
