import type { ReactElement } from "react";
import { cloneElement } from "react";
import { FieldError } from "./field-error";

export const INPUT_CLASS =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600";

/** The aria-describedby of a control: its hint and its error, those it has. */
export const describedBy = (...ids: Array<string | false | null | undefined>) =>
  ids.filter(Boolean).join(" ") || undefined;

/**
 * A labelled form control with its error message, wired for assistive technology: the
 * control gets the id, aria-invalid and aria-describedby pointing at the message.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
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
      {cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(hint && `${id}-hint`, error && `${id}-error`),
      })}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
