import type { ActionResult } from "@/lib/action-result";
import type { SubmissionProblem } from "@/lib/workflow/guards";

/**
 * "Save and submit" with something required still missing: refused before anything is sent,
 * each problem on its field, the same way the server would refuse the submission.
 */
export function submissionRefusal(missing: SubmissionProblem[]): Extract<ActionResult<never>, { ok: false }> | null {
  if (missing.length === 0) return null;
  return {
    ok: false,
    message: "Fill in what is required to submit, or save the draft for later.",
    fieldErrors: Object.fromEntries(missing.map((m) => [m.field, m.message])),
  };
}
