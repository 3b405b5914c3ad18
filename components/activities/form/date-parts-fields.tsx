"use client";

import { useEffect, useRef } from "react";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { MAX_DATE_PARTS, type ActivityFormValues, type DatePartValues } from "@/lib/validation/activity";
import { DateRangeFields } from "./date-field";

const EMPTY_PART: DatePartValues = { startDate: "", startPrecision: "day", endDate: "", endPrecision: "day" };

/**
 * The activity's dates: one range, or parts ("12-14 and 26 July 2021"). "Add another part"
 * turns the range into its first part; removing down to one part turns it back. While in
 * parts, the activity's own start and end follow the first start and the last end, so
 * the submission checklist and the server read the same span.
 */
export function ActivityDateFields({ form, hint }: { form: UseFormReturn<ActivityFormValues>; hint?: string }) {
  const { control, register, watch, setValue, getValues, setFocus, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "dateParts" });
  const watched = useWatch({ control, name: "dateParts" });
  const inParts = fields.length >= 2;
  // Back to one range: the focus goes to its start date once it is shown again.
  const focusRange = useRef(false);
  useEffect(() => {
    if (inParts || !focusRange.current) return;
    focusRange.current = false;
    setFocus("startDate");
  }, [inParts, setFocus]);

  useEffect(() => {
    const parts = watched ?? [];
    if (parts.length < 2) return;
    const first = parts[0]!;
    const last = parts.at(-1)!;
    const span = {
      startDate: first.startDate,
      startPrecision: first.startPrecision,
      endDate: last.endDate || last.startDate,
      endPrecision: last.endDate ? last.endPrecision : last.startPrecision,
    } as const;
    for (const [key, value] of Object.entries(span) as Array<[keyof typeof span, string]>) {
      if (getValues(key) !== value) setValue(key, value as never);
    }
  }, [watched, getValues, setValue]);

  const addPart = () => {
    if (inParts) return append({ ...EMPTY_PART });
    const { startDate, startPrecision, endDate, endPrecision } = getValues();
    append([{ startDate, startPrecision, endDate, endPrecision }, { ...EMPTY_PART }], {
      focusName: "dateParts.1.startDate",
    });
  };

  const removePart = (index: number) => {
    if (fields.length > 2) return remove(index);
    // One part left: it becomes the activity's single range again.
    const kept = getValues(`dateParts.${index === 0 ? 1 : 0}`);
    if (!kept) return;
    setValue("startDate", kept.startDate);
    setValue("startPrecision", kept.startPrecision);
    setValue("endDate", kept.endDate);
    setValue("endPrecision", kept.endPrecision);
    setValue("dateParts", [], { shouldDirty: true });
    focusRange.current = true;
  };

  const addButton = (
    <div className="md:col-span-2">
      <Button type="button" variant="secondary" onClick={addPart} disabled={fields.length >= MAX_DATE_PARTS}>
        Add another part
      </Button>
    </div>
  );

  if (!inParts) {
    return (
      <>
        <DateRangeFields<ActivityFormValues>
          labels={{ start: "Start date", end: "End date" }}
          hints={{ start: hint }}
          names={{ start: "startDate", startPrecision: "startPrecision", end: "endDate", endPrecision: "endPrecision" }}
          register={register}
          watch={watch}
          errors={formState.errors}
        />
        {addButton}
      </>
    );
  }

  const rootError = formState.errors.dateParts?.message ?? formState.errors.dateParts?.root?.message;
  return (
    <>
      {fields.map((field, i) => (
        <fieldset key={field.id} className="grid gap-4 md:col-span-2 md:grid-cols-2">
          <legend className="text-sm font-medium text-slate-800">Part {i + 1}</legend>
          <DateRangeFields<ActivityFormValues>
            labels={{ start: `Part ${i + 1} start date`, end: `Part ${i + 1} end date` }}
            hints={i === 0 ? { start: hint } : {}}
            names={{
              start: `dateParts.${i}.startDate`,
              startPrecision: `dateParts.${i}.startPrecision`,
              end: `dateParts.${i}.endDate`,
              endPrecision: `dateParts.${i}.endPrecision`,
            }}
            register={register}
            watch={watch}
            errors={formState.errors}
          />
          <div className="md:col-span-2">
            <Button type="button" variant="secondary" onClick={() => removePart(i)}>
              Remove part {i + 1}
            </Button>
          </div>
        </fieldset>
      ))}
      {rootError ? (
        <div className="md:col-span-2">
          <FieldError id="dateParts-error" message={rootError} />
        </div>
      ) : null}
      {addButton}
    </>
  );
}
