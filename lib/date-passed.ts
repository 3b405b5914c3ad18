import { lastDayOf, type DateAsGiven } from "./dates";
import type { ActivityStatus } from "./domain";

// A scheduled activity whose last day is behind us has either taken place or moved: the
// record is out of step with the calendar until someone marks it completed or reschedules it.

export const DATE_PASSED_MESSAGE = "Date passed: mark completed or reschedule";

export function isDatePassed(
  status: ActivityStatus,
  start: DateAsGiven | null,
  end: DateAsGiven | null,
  now = new Date(),
): boolean {
  const last = lastDayOf(start, end);
  return status === "scheduled" && last !== null && last < now.toISOString().slice(0, 10);
}
