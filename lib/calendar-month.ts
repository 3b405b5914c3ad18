import { exclusiveEnd, type DateAsGiven, type DateRangeAsGiven } from "./dates";

// The month grid of the calendar page, as plain data: weeks of days, Monday first.

export interface Month {
  year: number;
  month: number; // 1-12
}

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/**
 * The month a URL asks for ("2018-06"), or null when it asks for none; `valid` is false when
 * it asks for something that is not a month (the page then says so and opens the default).
 */
export function parseMonth(raw: string | undefined): { month: Month | null; valid: boolean } {
  const match = raw ? /^(\d{4})-(\d{2})$/.exec(raw) : null;
  if (
    match &&
    Number(match[2]) >= 1 &&
    Number(match[2]) <= 12 &&
    Number(match[1]) >= FIRST_YEAR &&
    Number(match[1]) <= LAST_YEAR
  ) {
    return { month: { year: Number(match[1]), month: Number(match[2]) }, valid: true };
  }
  return { month: null, valid: raw === undefined };
}

/** The month of an ISO day ("2026-12-02"). */
export function monthOf(day: string): Month {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return { year, month };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
export const monthKey = ({ year, month }: Month) => `${year}-${String(month).padStart(2, "0")}`;

export function shiftMonth({ year, month }: Month, by: number): Month {
  const d = new Date(Date.UTC(year, month - 1 + by, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

export function monthBounds({ year, month }: Month): { from: string; to: string } {
  return { from: iso(new Date(Date.UTC(year, month - 1, 1))), to: iso(new Date(Date.UTC(year, month, 0))) };
}

/** Weeks (Monday to Sunday) covering the month; days outside it are null. */
export function monthWeeks({ year, month }: Month): Array<Array<string | null>> {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: Array<string | null> = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => iso(new Date(Date.UTC(year, month - 1, i + 1)))),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Is the day within the activity's dates (which are of day precision)? */
export function coversDay(start: DateAsGiven, end: DateAsGiven | null, day: string): boolean {
  return start.date <= day && day < exclusiveEnd(end ?? start);
}

/** Is the day within the activity's dates: within one of its parts when held in parts (not the gaps)? */
export function activityCoversDay(
  a: { start: DateAsGiven; end: DateAsGiven | null; parts?: readonly DateRangeAsGiven[] },
  day: string,
): boolean {
  return a.parts && a.parts.length >= 2
    ? a.parts.some((p) => coversDay(p.start, p.end, day))
    : coversDay(a.start, a.end, day);
}

/** Every year from the earliest to the latest given: a picker without gaps. */
export function continuousYears(...years: number[]): number[] {
  const from = Math.max(FIRST_YEAR, Math.min(...years));
  const to = Math.min(LAST_YEAR, Math.max(...years));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
