import "server-only";
import { ZodError } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { recordRefusal } from "@/lib/dal/audit-trail";
import type { SessionUser } from "@/lib/dal/session-user";
import { AppError, ConflictError, InvalidInputError } from "@/lib/errors";
import type { ActionResult } from "@/lib/action-result";

type Subject = Parameters<typeof recordRefusal>[1];

const MESSAGES: Record<string, string> = {
  forbidden: "This entry was not found, or you may not do that.",
  not_found: "This entry was not found, or you may not do that.",
};

/**
 * Every server action runs through here: it is a public endpoint, so it checks the session
 * itself (a page's check does not protect it), then lets the data layer validate, check
 * permissions and write, and turns what went wrong into a message for the form.
 */
export async function runAction<T>(
  subject: Subject,
  change: (user: SessionUser) => Promise<T>,
): Promise<ActionResult<T>> {
  const user = await getCurrentUser();
  if (!user) {
    await recordRefusal(null, subject, "unauthenticated");
    return { ok: false, message: "Your session has ended: sign in again. Nothing was changed." };
  }
  try {
    return { ok: true, data: await change(user) };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ActionResult<never> {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
    return { ok: false, message: "Some fields need attention.", fieldErrors };
  }
  if (error instanceof ConflictError) {
    return {
      ok: false,
      message: "Someone else changed this entry since you opened it.",
      conflict: { changedBy: error.changedBy, changedAt: error.changedAt.toISOString() },
    };
  }
  if (error instanceof InvalidInputError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof AppError) return { ok: false, message: MESSAGES[error.code] ?? "That did not work." };
  throw error;
}
