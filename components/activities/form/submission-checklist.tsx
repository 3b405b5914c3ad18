import Link from "next/link";
import type { SubmissionField, SubmissionProblem } from "@/lib/workflow/guards";

/** The hint on each field a submission for review needs (lib/workflow/guards.ts decides which). */
export const REQUIRED_TO_SUBMIT = "Required to submit";

/** Where each required field sits on the activity form: the link from the checklist goes there. */
export const SUBMISSION_FIELD_ANCHORS: Record<SubmissionField, string> = {
  clauseIds: "clause-search",
  themes: "themes",
  startDate: "startDate",
  countryCode: "countryCode",
  involved: "involved",
};

/**
 * What a draft still lacks before it can be submitted for review, each a link to its field;
 * the form shows it live and the draft's page shows it for the saved draft.
 */
export function SubmissionChecklist({
  problems,
  formHref = "",
}: {
  problems: SubmissionProblem[];
  /** The form's address when the checklist is not on the form itself. */
  formHref?: string;
}) {
  if (problems.length === 0) {
    return (
      <p className="text-sm font-medium text-emerald-900" data-testid="submission-checklist">
        Everything required for review is given.
      </p>
    );
  }
  return (
    <div data-testid="submission-checklist">
      <p className="text-sm font-medium text-slate-900">Before it can be submitted for review:</p>
      <ul className="mt-1 list-inside list-disc space-y-1 text-sm">
        {problems.map((problem) => (
          <li key={problem.field}>
            <Link
              href={`${formHref}#${SUBMISSION_FIELD_ANCHORS[problem.field]}`}
              className="text-brand-700 underline hover:no-underline"
            >
              {problem.message}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
