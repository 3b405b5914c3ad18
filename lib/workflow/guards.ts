import { hasVenue } from "@/lib/activity-mode";
import { formatDateAsGiven, parseDateAsGiven, type DateAsGiven } from "@/lib/dates";
import type { ActivityMode } from "@/lib/domain";
import type { ActivityAction, Requirement } from "./activity";
import { activityTransition } from "./activity";

// The requirements of the workflow table that depend on the activity's content. The form,
// the activity page and the data layer all ask these functions: what the form marks as
// missing is exactly what the server refuses.

export interface SubmissionFacts {
  clauseCount: number;
  themeCount: number;
  start: DateAsGiven | null;
  countryCode: string | null;
  unEntityCount: number;
  /** How it is held: an online activity needs no country. In person when not said. */
  mode?: ActivityMode;
}

/** The form's fields a submission for review needs (as the activity form names them). */
export type SubmissionField = "clauseIds" | "themes" | "startDate" | "countryCode" | "involved";

export interface SubmissionProblem {
  field: SubmissionField;
  message: string;
}

const SUBMISSION_REQUIREMENTS: Array<SubmissionProblem & { met: (draft: SubmissionFacts) => boolean }> = [
  { field: "clauseIds", message: "Link at least one Plan of Action clause.", met: (d) => d.clauseCount > 0 },
  { field: "themes", message: "Choose at least one theme.", met: (d) => d.themeCount > 0 },
  { field: "startDate", message: "Give a start date.", met: (d) => d.start !== null },
  { field: "countryCode", message: "Give the country.", met: (d) => !!d.countryCode || !venueNeeded(d.mode) },
  { field: "involved", message: "Involve at least one UN entity.", met: (d) => d.unEntityCount > 0 },
];

/** Whether the activity's venue (its country) is asked for: not for an online one. */
function venueNeeded(mode: ActivityMode | undefined): boolean {
  return hasVenue(mode ?? "in_person");
}

/** Whether the form marks a field "Required to submit" for an activity held so. */
export function requiredToSubmit(field: SubmissionField, mode: ActivityMode): boolean {
  return field === "countryCode" ? venueNeeded(mode) : SUBMISSION_FIELDS.includes(field);
}

/** The fields the form marks "Required to submit". */
export const SUBMISSION_FIELDS: SubmissionField[] = SUBMISSION_REQUIREMENTS.map((r) => r.field);

/** What a draft lacks before it can be submitted for review; empty when nothing. */
export function submissionProblems(draft: SubmissionFacts): SubmissionProblem[] {
  return SUBMISSION_REQUIREMENTS.filter((r) => !r.met(draft)).map(({ field, message }) => ({ field, message }));
}

/** The form's values as a submission sees them: the lead and the involved organisations count alike. */
export function draftFacts(
  values: {
    clauseIds: string[];
    themes: string[];
    startDate: string;
    countryCode: string;
    leadOrganisationId: string;
    involved: Array<{ organisationId: string }>;
    mode?: ActivityMode;
  },
  kindOf: (organisationId: string) => string | undefined,
): SubmissionFacts {
  const organisations = [values.leadOrganisationId, ...values.involved.map((i) => i.organisationId)];
  return {
    clauseCount: values.clauseIds.length,
    themeCount: values.themes.length,
    start: parseDateAsGiven(values.startDate),
    countryCode: values.countryCode || null,
    unEntityCount: organisations.filter((id) => kindOf(id) === "un_entity").length,
    mode: values.mode,
  };
}

/**
 * An activity can be marked completed once its end (or start) is not in the future. A date
 * of month or year precision is not in the future while its month or year is under way.
 */
export function completionProblem(start: DateAsGiven | null, end: DateAsGiven | null, today: string): string | null {
  const until = end ?? start;
  if (!until) return "Give the activity's dates before marking it completed.";
  return until.date > today ? `Can be marked completed from ${formatDateAsGiven(until)}.` : null;
}

/** What the guards know of an activity: its content and the reports waiting on it. */
export interface GuardFacts extends SubmissionFacts {
  end: DateAsGiven | null;
  reportsUnderReview: number;
}

// "Today" where the day has begun first (UTC+14): an activity that has ended in the user's
// own time zone, whichever it is, is never refused as not ended yet.
export const workflowToday = (now: Date) => new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

/**
 * What stops the action now, in words; null when nothing does. A comment is not checked
 * here: it is asked for when the action is taken.
 */
export function unmetRequirement(action: ActivityAction, facts: GuardFacts, now: Date): string | null {
  for (const need of activityTransition(action).needs) {
    const problem = requirementProblem(need, facts, now);
    if (problem) return problem;
  }
  return null;
}

function requirementProblem(need: Requirement, facts: GuardFacts, now: Date): string | null {
  switch (need) {
    case "complete_for_review": {
      const problems = submissionProblems(facts);
      return problems.length > 0 ? `Before submitting: ${problems.map((p) => p.message).join(" ")}` : null;
    }
    case "date_not_in_future":
      return completionProblem(facts.start, facts.end, workflowToday(now));
    case "no_report_under_review":
      return facts.reportsUnderReview > 0
        ? "A report is waiting for review: approve or return it before reopening the activity."
        : null;
    default:
      return null; // the comment and the new dates are given in the action's dialog
  }
}
