"use client";

import { get, type FieldErrors, type FieldPath, type UseFormRegister, type UseFormWatch } from "react-hook-form";
import { describedBy, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { DatePrecision } from "@/lib/domain";

const INPUT_TYPE: Record<DatePrecision, { type: string; placeholder: string }> = {
  day: { type: "date", placeholder: "YYYY-MM-DD" },
  month: { type: "month", placeholder: "YYYY-MM" },
  year: { type: "number", placeholder: "YYYY" },
};

export const PRECISION_SELECT_CLASS =
  "block w-28 shrink-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600";

/** The input that fits each precision: a day picker, a month picker, a year. */
export const DATE_INPUT_TYPES: Record<DatePrecision, string> = { day: "date", month: "month", year: "number" };

export function PrecisionOptions() {
  return (
    <>
      <option value="day">Day</option>
      <option value="month">Month</option>
      <option value="year">Year</option>
    </>
  );
}

/** A date at the precision the record gives it: a day, a month or only a year. */
export function DateField<T extends Record<string, unknown>>({
  id,
  label,
  dateName,
  precisionName,
  precision,
  register,
  error,
  hint,
}: {
  id: string;
  label: string;
  hint?: string;
  dateName: FieldPath<T>;
  precisionName: FieldPath<T>;
  precision: DatePrecision;
  register: UseFormRegister<T>;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1 flex gap-2">
        <select aria-label={`${label} precision`} className={PRECISION_SELECT_CLASS} {...register(precisionName)}>
          <PrecisionOptions />
        </select>
        <input
          id={id}
          {...INPUT_TYPE[precision]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
          className={`${INPUT_CLASS} mt-0`}
          {...register(dateName)}
        />
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A start and an end date, each at its precision, side by side. */
export function DateRangeFields<T extends Record<string, unknown>>({
  labels,
  hints = {},
  names,
  register,
  watch,
  errors,
}: {
  labels: { start: string; end: string };
  hints?: { start?: string; end?: string };
  names: { start: FieldPath<T>; startPrecision: FieldPath<T>; end: FieldPath<T>; endPrecision: FieldPath<T> };
  register: UseFormRegister<T>;
  watch: UseFormWatch<T>;
  errors: FieldErrors<T>;
}) {
  // get() reads nested names too ("dateParts.1.startDate").
  const message = (name: FieldPath<T>) => (get(errors, name) as { message?: string } | undefined)?.message;
  return (
    <>
      {(["start", "end"] as const).map((which) => {
        const date = names[which];
        const precision = which === "start" ? names.startPrecision : names.endPrecision;
        return (
          <DateField<T>
            key={which}
            id={date}
            label={labels[which]}
            hint={hints[which]}
            dateName={date}
            precisionName={precision}
            precision={watch(precision) as DatePrecision}
            register={register}
            error={message(date)}
          />
        );
      })}
    </>
  );
}
