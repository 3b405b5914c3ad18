import "server-only";
import { formatActivityDates, parseDateAsGiven, type DateAsGiven } from "@/lib/dates";
import { hasVenue } from "@/lib/activity-mode";
import { countryName } from "@/lib/countries";
import type { ActivityMode } from "@/lib/domain";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { rescheduleSchema, transitionSchema, type RescheduleValues } from "@/lib/validation/activity";
import { STATE_ACTIONS, activityTransition, type ActivityAction } from "@/lib/workflow/activity";
import { submissionProblems, unmetRequirement } from "@/lib/workflow/guards";
import type { CurrentActivity } from "@/lib/dal/activities/state";
import type { NotificationKind } from "@/lib/dal/notifications/notify";
import { activityEvent } from "@/lib/dal/audit-trail";
import { mutate } from "@/lib/dal/mutation";
import { allowedCurrent, updateAtVersion } from "@/lib/dal/activities/versioned-write";
import { readDateParts, writeDateParts } from "@/lib/dal/activities/date-parts";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export type StateAction = (typeof STATE_ACTIONS)[number];

export interface TransitionRequest {
  activityId: string;
  action: StateAction;
  /** The version the user saw: a double click or a replayed request finds it gone. */
  expectedVersion: number;
  input: unknown;
}

/** Checks the row's "needs" beyond state and user (the same guards the page shows); throws what the user must fix. */
function checkRequirements(action: ActivityAction, current: CurrentActivity, comment: string, now: Date): void {
  if (activityTransition(action).needs.includes("comment") && !comment) {
    throw new InvalidInputError("A comment is required.", { comment: "Say why: the comment is required." });
  }
  const problem = unmetRequirement(action, current, now);
  if (!problem) return;
  // A submission names each missing field, so that a form can mark it.
  const fields = action === "submit" ? submissionProblems(current) : [];
  throw new InvalidInputError(problem, Object.fromEntries(fields.map((p) => [p.field, p.message])));
}

/**
 * Moves an activity along the workflow: one transaction holding a conditional UPDATE on
 * the expected state and version, and the audit event. Of two identical requests, the
 * second finds the version gone and changes nothing.
 */
export async function transitionActivity(user: SessionUser, request: TransitionRequest): Promise<{ version: number }> {
  const { activityId: id, action, expectedVersion } = request;
  const { comment } = transitionSchema.parse(request.input);
  const subject = { entityType: "activity" as const, entityId: id, activityId: isUuid(id) ? id : null, action };
  return mutate({ user, subject, publicRecord: true }, async (tx, effects) => {
    if (!isUuid(id) || !STATE_ACTIONS.includes(action)) throw new AppError("not_found", "activity");
    const current = await allowedCurrent(tx, user, id, action, expectedVersion);
    const now = new Date();
    checkRequirements(action, current, comment, now);
    const to = activityTransition(action).to!;
    const version = await updateAtVersion(tx, user, current, {
      status: to.status,
      reviewState: to.reviewState,
      ...(action === "submit" ? { submittedById: user.id, submittedAt: now } : {}),
    });
    effects.audit(
      activityEvent(user, id, action, {
        before: { status: current.status, reviewState: current.reviewState },
        after: { status: to.status, reviewState: to.reviewState, ...(comment ? { comment } : {}) },
      }),
    );
    const kind = NOTIFY_ON[action];
    if (kind) effects.notify({ kind, activityId: id, actorId: user.id, comment: comment || undefined });
    return { version };
  });
}

const NOTIFY_ON: Partial<Record<ActivityAction, NotificationKind>> = {
  submit: "submitted",
  request_changes: "changes_requested",
  approve: "approved",
  cancel: "cancelled",
};

const placeOf = (city: string | null, country: string | null) =>
  [city, countryName(country)].filter(Boolean).join(", ") || null;

const sameDate = (a: DateAsGiven | null, b: DateAsGiven | null) => a?.date === b?.date && a?.precision === b?.precision;

/** The venue a rescheduling gives: none for an online activity; a country for the others, as to submit. */
function rescheduledVenue(mode: ActivityMode, values: RescheduleValues) {
  if (!hasVenue(mode)) return { city: null, countryCode: null };
  if (!values.countryCode) throw new InvalidInputError("Choose the country.", { countryCode: "Choose the country." });
  return { city: values.city || null, countryCode: values.countryCode };
}

/** New dates or place for a scheduled activity, with the reason. */
export async function rescheduleActivity(
  user: SessionUser,
  id: string,
  expectedVersion: number,
  input: unknown,
): Promise<{ version: number }> {
  const values: RescheduleValues = rescheduleSchema.parse(input);
  const subject = {
    entityType: "activity" as const,
    entityId: id,
    activityId: isUuid(id) ? id : null,
    action: "reschedule",
  };
  return mutate({ user, subject, publicRecord: true }, async (tx, effects) => {
    if (!isUuid(id)) throw new AppError("not_found", "activity");
    const current = await allowedCurrent(tx, user, id, "reschedule", expectedVersion);
    const start = parseDateAsGiven(values.startDate)!;
    const end = values.endDate ? parseDateAsGiven(values.endDate) : null;
    const { city, countryCode } = rescheduledVenue(current.mode, values);
    // An activity held in parts keeps them when its span is left as it was (a new place
    // only); new dates make it one range, as the dialog says.
    const parts = (await readDateParts(tx, [id])).get(id);
    const keepsParts = !!parts && sameDate(start, current.start) && sameDate(end, current.end);
    const before = {
      Dates: formatActivityDates(current.start, current.end, parts),
      Place: placeOf(current.city, current.countryCode),
    };
    const after = {
      Dates: formatActivityDates(start, end, keepsParts ? parts : undefined),
      Place: placeOf(city, countryCode),
    };
    if (before.Dates === after.Dates && before.Place === after.Place) {
      throw new InvalidInputError("Give new dates or a new place.", {
        startDate: "The dates and place are unchanged.",
      });
    }
    const version = await updateAtVersion(tx, user, current, {
      startDate: start.date,
      startPrecision: start.precision,
      endDate: end?.date ?? null,
      endPrecision: end?.precision ?? null,
      city,
      countryCode,
    });
    if (parts && !keepsParts) await writeDateParts(tx, id, []);
    effects.audit(activityEvent(user, id, "reschedule", { before, after: { ...after, comment: values.comment } }));
    effects.notify({ kind: "rescheduled", activityId: id, actorId: user.id, comment: values.comment });
    return { version };
  });
}
