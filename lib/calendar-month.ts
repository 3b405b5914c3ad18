import { exclusiveEnd, type DateAsGiven } from "./dates";

// The month grid of the calendar page, as plain data: weeks of days, Monday first.

export interface Month {
  year: number;
  month: number; // 1-12
}

export function parseMonth(raw: string | undefined, today: string): { month: Month; valid: boolean } {
  const match = raw ? /^(\d{4})-(\d{2})$/.exec(raw) : null;
  if (
    match &&
    Number(match[2]) >= 1 &&
    Number(match[2]) <= 12 &&
    Number(match[1]) >= 1990 &&
    Number(match[1]) <= 2100
  ) {
    return { month: { year: Number(match[1]), month: Number(match[2]) }, valid: true };
  }
  const [y, m] = today.split("-").map(Number) as [number, number];
  return { month: { year: y, month: m }, valid: raw === undefined };
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
