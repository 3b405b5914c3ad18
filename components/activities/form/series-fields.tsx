"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { FormOptions } from "@/lib/dal/activities/types";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import type { ActivityFormValues } from "@/lib/validation/activity";

/** The series a meeting belongs to and its number in it ("the 2nd AICHR-UN Meeting"). */
export function SeriesFields({
  series,
  register,
  errors,
}: {
  series: FormOptions["series"];
  register: UseFormRegister<ActivityFormValues>;
  errors: FieldErrors<ActivityFormValues>;
}) {
  return (
    <>
      <Field
        id="seriesId"
        label="Series"
        hint="For a meeting that recurs under one name, such as the AICHR-UN Meeting."
        error={errors.seriesId?.message}
      >
        <select className={INPUT_CLASS} {...register("seriesId")}>
          <option value="">None</option>
          {series.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="seriesOrdinal"
        label="Number in the series"
        hint="2 for the 2nd meeting; leave empty if the series does not number its meetings."
        error={errors.seriesOrdinal?.message}
      >
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className={INPUT_CLASS}
          {...register("seriesOrdinal")}
        />
      </Field>
    </>
  );
}
