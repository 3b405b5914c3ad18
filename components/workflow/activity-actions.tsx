"use client";

import { conflictMessage } from "@/components/forms/apply-result";
import { hasVenue } from "@/lib/activity-mode";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { transitionActivityAction, rescheduleActivityAction } from "@/app/(app)/activities/actions";
import { DATE_INPUT_TYPES, PRECISION_SELECT_CLASS, PrecisionOptions } from "@/components/activities/form/date-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CountryOptions } from "@/components/ui/country-options";
import { INPUT_CLASS } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { ActivityDetail } from "@/lib/dal/activities/read";
import type { ActivityMode, DatePrecision } from "@/lib/domain";
import { ActionDialog } from "./action-dialog";

type StateAction = Parameters<typeof transitionActivityAction>[2];

const COMMENT_LABELS: Partial<Record<string, string>> = {
  request_changes: "What should change",
  cancel: "Reason for cancelling",
  reopen: "Reason for reopening",
};

function messageOf(result: ActionResult<unknown>): string | null {
  if (result.ok) return null;
  const conflict = conflictMessage(result, "activity");
  if (conflict) return conflict;
  return [result.message, ...Object.values(result.fieldErrors ?? {})].join(" ");
}

/**
 * The workflow's buttons for the signed-in user (the server checks again): one whose guard
 * fails is shown disabled with the reason; destructive ones come last, outlined and confirmed.
 */
export function ActivityActions({
  activity,
  schedule,
}: {
  activity: Pick<ActivityDetail, "id" | "version" | "actions">;
  /** The current dates and place, to start a reschedule from. */
  schedule: Schedule;
}) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const transition = async (action: StateAction, comment = "") => {
    const failure = messageOf(await transitionActivityAction(activity.id, activity.version, action, { comment }));
    // The page says what happened (?done=), and for reviewers what waits next.
    if (!failure) router.replace(`/activities/${activity.id}?done=${action}`, { scroll: false });
    return failure;
  };
  if (activity.actions.length === 0) return null;
  const ordered = [...activity.actions].sort((a, b) => Number(a.destructive) - Number(b.destructive));
  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap items-start gap-2">
        {ordered.map((offer) => {
          const { action, label, needsComment, confirm, destructive, blockedBy } = offer;
          if (blockedBy) return <BlockedAction key={action} label={label} reason={blockedBy} />;
          if (action === "edit") {
            return (
              <Link
                key={action}
                href={`/activities/${activity.id}/edit`}
                className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
              >
                Edit
              </Link>
            );
          }
          if (action === "reschedule") return <RescheduleDialog key={action} activity={activity} schedule={schedule} />;
          if (needsComment || confirm || destructive) {
            return (
              <ActionDialog
                key={action}
                label={label}
                title={`${label}?`}
                description={confirm ?? undefined}
                commentLabel={needsComment ? (COMMENT_LABELS[action] ?? "Comment") : undefined}
                commentRequired={needsComment}
                destructive={destructive}
                onConfirm={(comment) => transition(action as StateAction, comment)}
              />
            );
          }
          return (
            <Button
              key={action}
              type="button"
              variant={action === "approve" || action === "submit" ? "primary" : "secondary"}
              pending={pending === action}
              pendingLabel="Working…"
              onClick={async () => {
                setPending(action);
                setError(await transition(action as StateAction));
                setPending(null);
              }}
            >
              {label}
            </Button>
          );
        })}
      </div>
    </div>
  );
}

/** An action the user may take, but not yet: disabled, with the reason in words beside it. */
function BlockedAction({ label, reason }: { label: string; reason: string }) {
  const id = `blocked-${label.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <div className="flex max-w-xs flex-col gap-1">
      <Button type="button" variant="secondary" disabled aria-describedby={id}>
        {label}
      </Button>
      <p id={id} className="text-xs text-slate-700" data-testid="blocked-reason">
        {reason}
      </p>
    </div>
  );
}

export interface Schedule {
  startDate: string;
  startPrecision: DatePrecision;
  endDate: string;
  endPrecision: DatePrecision;
  city: string;
  countryCode: string;
  /** An online activity has no venue to change. */
  mode: ActivityMode;
  /** "12–14 and 26 July 2021" for an activity held in parts: its span above keeps them. */
  heldInParts: string | null;
}

/** A date and its precision, starting from the current values; the input follows the precision. */
function DateWithPrecision({
  name,
  label,
  date,
  precision,
}: {
  name: "start" | "end";
  label: string;
  date: string;
  precision: DatePrecision;
}) {
  const [current, setCurrent] = useState<DatePrecision>(precision);
  return (
    <div>
      <label htmlFor={`reschedule-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <select
          aria-label={`${label} precision`}
          name={`${name}Precision`}
          defaultValue={precision}
          onChange={(e) => setCurrent(e.target.value as DatePrecision)}
          className={PRECISION_SELECT_CLASS}
        >
          <PrecisionOptions />
        </select>
        <input
          key={current}
          id={`reschedule-${name}`}
          name={`${name}Date`}
          type={DATE_INPUT_TYPES[current]}
          defaultValue={current === precision ? date : ""}
          className={`${INPUT_CLASS} mt-0`}
        />
      </div>
    </div>
  );
}

function RescheduleDialog({
  activity,
  schedule,
}: {
  activity: Pick<ActivityDetail, "id" | "version">;
  schedule: Schedule;
}) {
  const router = useRouter();
  return (
    <ActionDialog
      label="Reschedule"
      title="Reschedule the activity"
      description="Change the dates or the place, and give the reason."
      commentLabel="Reason for rescheduling"
      commentRequired
      onConfirm={async (comment, form) => {
        const data = new FormData(form);
        const field = (name: string) => String(data.get(name) ?? "");
        const result = await rescheduleActivityAction(activity.id, activity.version, {
          comment,
          startDate: field("startDate"),
          startPrecision: field("startPrecision"),
          endDate: field("endDate"),
          endPrecision: field("endPrecision"),
          city: field("city"),
          countryCode: field("countryCode"),
        });
        const failure = messageOf(result);
        if (!failure) router.replace(`/activities/${activity.id}?done=reschedule`, { scroll: false });
        return failure;
      }}
    >
      <div className="grid gap-3">
        {schedule.heldInParts ? (
          <p className="text-sm text-slate-700" data-testid="reschedule-parts">
            Held in parts: {schedule.heldInParts}. Keep these dates to change the place only; new dates make it one
            range.
          </p>
        ) : null}
        <DateWithPrecision
          name="start"
          label="Start date"
          date={schedule.startDate}
          precision={schedule.startPrecision}
        />
        <DateWithPrecision name="end" label="End date" date={schedule.endDate} precision={schedule.endPrecision} />
        {!hasVenue(schedule.mode) ? null : (
          <>
            <div>
              <label htmlFor="reschedule-city" className="block text-sm font-medium text-slate-800">
                City
              </label>
              <input id="reschedule-city" name="city" defaultValue={schedule.city} className={INPUT_CLASS} />
            </div>
            <div>
              <label htmlFor="reschedule-country" className="block text-sm font-medium text-slate-800">
                Country
              </label>
              <select
                id="reschedule-country"
                name="countryCode"
                defaultValue={schedule.countryCode}
                className={INPUT_CLASS}
              >
                <CountryOptions emptyLabel="Choose…" />
              </select>
            </div>
          </>
        )}
      </div>
    </ActionDialog>
  );
}
