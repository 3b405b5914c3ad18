import "server-only";
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActiveSession } from "@/lib/auth/session";
import { isRefusal, recordRefusal, refusalAudited } from "@/lib/dal/audit-trail";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import type { ActiveSession } from "@/lib/dal/accounts/sessions";
import { AppError, ConflictError, InvalidInputError } from "@/lib/errors";
import type { ActionResult } from "@/lib/action-result";

type Subject = Parameters<typeof recordRefusal>[1];

const MESSAGES: Record<string, string> = {
  forbidden: "This entry was not found, or you may not do that.",
  not_found: "This entry was not found, or you may not do that.",
};

/**
 * The pages a successful change alters: a path ("/admin/users"), or `{ layout: "/" }` for
 * everything under a layout (the header's counts). Nothing is revalidated after a failure.
 */
export type Revalidates = string | { layout: string } | readonly (string | { layout: string })[];

const SESSION_ENDED = "Your session has ended: sign in again. Nothing was changed.";
const ENROL_FIRST = "Set up two-step verification first (Your account → Security). Nothing was changed.";

/**
 * Every server action runs through here: it is a public endpoint, so it checks the session
 * itself (a page's check does not protect it), then lets the data layer validate, check
 * permissions and write, and turns what went wrong into a message for the form.
 */
export async function runAction<T>(
  subject: Subject,
  change: (user: SessionUser) => Promise<T>,
  revalidates?: Revalidates,
): Promise<ActionResult<T>> {
  const session = await getActiveSession();
  if (!session || session.mustEnrolMfa) {
    await recordRefusal(null, subject, session ? "mfa_enrolment_required" : "unauthenticated");
    return { ok: false, message: session ? ENROL_FIRST : SESSION_ENDED };
  }
  return settle(session.user, subject, () => change(session.user), revalidates);
}

/**
 * For the account holder's own security settings (password, two-step verification): the
 * one place a user who must still enrol may act, and only on their own account.
 */
export async function runAccountAction<T>(
  subject: Subject,
  change: (session: ActiveSession) => Promise<T>,
  revalidates?: Revalidates,
): Promise<ActionResult<T>> {
  const session = await getActiveSession();
  if (!session) {
    await recordRefusal(null, subject, "unauthenticated");
    return { ok: false, message: SESSION_ENDED };
  }
  return settle(session.user, subject, () => change(session), revalidates);
}

/** For the few actions whose credential is not a session (a password link): errors become messages. */
export async function runPublicAction<T>(change: () => Promise<T>): Promise<ActionResult<T>> {
  return settle(null, null, change);
}

/**
 * Runs the change and turns what went wrong into a message. Every refusal is audited once:
 * by the data layer where it audits its own (activities, reports, organisations), else here,
 * so that a refused change of a user, a note or a setting leaves the same trace.
 */
async function settle<T>(
  user: SessionUser | null,
  subject: Subject | null,
  change: () => Promise<T>,
  revalidates?: Revalidates,
): Promise<ActionResult<T>> {
  let data: T;
  try {
    data = await change();
  } catch (error) {
    if (subject && isRefusal(error) && !refusalAudited(error)) await recordRefusal(user, subject, error.code);
    return failure(error);
  }
  for (const page of [revalidates ?? []].flat()) {
    if (typeof page === "string") revalidatePath(page);
    else revalidatePath(page.layout, "layout");
  }
  return { ok: true, data };
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

// A server action's positional arguments arrive as whatever the caller sent: an object whose
// toString is not a function made String(x) throw, and the action answer with a 500.

/** An argument meant as text (an id, a token): anything but text or a number becomes "", which no id matches. */
export const textArg = (value: unknown): string =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : "";

/** An argument meant as a number (a version): anything but a number or text becomes NaN, which no version matches. */
export const numberArg = (value: unknown): number =>
  typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
