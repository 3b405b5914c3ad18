"use client";

import { useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { CountryOptions } from "@/components/ui/country-options";
import { describedBy, Field, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { hasVenue, takesMeetingLink } from "@/lib/activity-mode";
import { ACTIVITY_MODE_LABELS, ACTIVITY_MODES } from "@/lib/domain";
import type { ActivityFormValues } from "@/lib/validation/activity";
import { requiredToSubmit } from "@/lib/workflow/guards";
import { REQUIRED_TO_SUBMIT } from "./submission-checklist";

/**
 * How the activity is held, and the fields that follow from it: the venue (city, country)
 * for in person and hybrid, the meeting link for online and hybrid. An online activity's
 * city and country are hidden here and not kept when it is saved (lib/dal/activities/edits.ts).
 */
export function ModeField({
  control,
  register,
  setValue,
  errors,
}: {
  control: Control<ActivityFormValues>;
  register: UseFormRegister<ActivityFormValues>;
  setValue: UseFormSetValue<ActivityFormValues>;
  errors: FieldErrors<ActivityFormValues>;
}) {
  const mode = useWatch({ control, name: "mode" });
  const modeError = errors.mode?.message;
  const modeField = register("mode", {
    // A link has nowhere to lead once the activity is held in person: it goes with the choice.
    onChange: (event: { target: { value: string } }) => {
      if (event.target.value === "in_person") setValue("meetingLink", "", { shouldDirty: true, shouldValidate: true });
    },
  });
  return (
    <>
      <fieldset
        id="mode"
        className="md:col-span-2"
        aria-describedby={describedBy(modeError && "mode-error")}
        data-testid="mode-field"
      >
        <legend className="text-sm font-medium text-slate-800">How it is held</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {ACTIVITY_MODES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" value={value} {...modeField} />
              {ACTIVITY_MODE_LABELS[value]}
            </label>
          ))}
        </div>
        <FieldError id="mode-error" message={modeError} />
      </fieldset>
      {hasVenue(mode) ? (
        <>
          <Field id="city" label="City" error={errors.city?.message}>
            <input type="text" className={INPUT_CLASS} {...register("city")} />
          </Field>
          <Field
            id="countryCode"
            label="Country"
            hint={requiredToSubmit("countryCode", mode) ? REQUIRED_TO_SUBMIT : undefined}
            error={errors.countryCode?.message}
          >
            <select className={INPUT_CLASS} {...register("countryCode")}>
              <CountryOptions emptyLabel="Not known yet" />
            </select>
          </Field>
        </>
      ) : null}
      {takesMeetingLink(mode) ? (
        <div className="md:col-span-2">
          <Field
            id="meetingLink"
            label="Meeting link"
            hint="Where participants join (https://…). Shown only to signed-in users, never published."
            error={errors.meetingLink?.message}
          >
            <input type="url" inputMode="url" autoComplete="off" className={INPUT_CLASS} {...register("meetingLink")} />
          </Field>
        </div>
      ) : null}
    </>
  );
}
