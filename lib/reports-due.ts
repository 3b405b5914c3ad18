import type { InvolvementRole, OrganisationKind } from "./domain";

// When a completion report is owed, in one place: the dashboard, the queue, the reminders
// and the IATI status all read it.

export const REPORT_DUE_DAYS = 14;
export const REPORT_OVERDUE_DAYS = 30;
const DAY = 86_400_000;

/**
 * A UN entity that organised or supported an activity reports on it; one that only took
 * part does not, and neither do the ASEAN side's bodies, whose record the secretariat keeps.
 */
export const owesReport = (o: { kind: OrganisationKind; role: InvolvementRole }) =>
  o.kind === "un_entity" && o.role !== "participant";

export interface ReportDue {
  /** The day the activity counts as completed (yyyy-mm-dd). */
  completedOn: string;
  dueOn: string;
  overdueFrom: string;
  overdue: boolean;
}

const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Due 14 days after completion, overdue after 30. */
export function reportDue(completedOn: string, now: Date): ReportDue {
  const overdueFrom = plusDays(completedOn, REPORT_OVERDUE_DAYS);
  return {
    completedOn,
    dueOn: plusDays(completedOn, REPORT_DUE_DAYS),
    overdueFrom,
    overdue: now.toISOString().slice(0, 10) >= overdueFrom,
  };
}
