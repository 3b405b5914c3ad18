import type { DateAsGiven } from "@/lib/dates";

// The requirements of the workflow table that depend on the activity's content.

export interface SubmissionFacts {
  clauseCount: number;
  themeCount: number;
  start: DateAsGiven | null;
  countryCode: string | null;
  unEntityCount: number;
}

/** What a draft lacks before it can be submitted for review; empty when nothing. */
export function submissionProblems(draft: SubmissionFacts): string[] {
  const problems: string[] = [];
  if (draft.clauseCount === 0) problems.push("Link at least one Plan of Action clause.");
  if (draft.themeCount === 0) problems.push("Choose at least one theme.");
  if (!draft.start) problems.push("Give a start date.");
  if (!draft.countryCode) problems.push("Give the country.");
  if (draft.unEntityCount === 0) problems.push("Involve at least one UN entity.");
  return problems;
}

/**
 * An activity can be marked completed once its end (or start) is not in the future. A date
 * of month or year precision is not in the future while its month or year is under way.
 */
export function completionProblem(start: DateAsGiven | null, end: DateAsGiven | null, today: string): string | null {
  const until = end ?? start;
  if (!until) return "Give the activity's dates before marking it completed.";
  return until.date > today ? "The activity has not ended yet: it can be marked completed after its end date." : null;
}
