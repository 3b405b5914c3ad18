import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";

/**
 * The code of an entry (a framework, an edition): typed once when the entry is added, then
 * shown and never edited, because seeds, imports and note texts find the entry by it.
 */
export function KeyField({
  id,
  fixed,
  example,
  error,
  input,
}: {
  id: string;
  /** The code of an entry that exists: shown, not editable. */
  fixed?: string;
  example: string;
  error?: string;
  input: UseFormRegisterReturn;
}) {
  if (fixed) {
    return (
      <div>
        <p className="text-sm font-medium text-slate-800">Code</p>
        <p className="mt-2 font-mono text-sm text-slate-900">{fixed}</p>
      </div>
    );
  }
  return (
    <Field id={id} label="Code" hint={`A key that never changes, e.g. ${example}.`} error={error}>
      <input autoComplete="off" className={`${INPUT_CLASS} uppercase`} {...input} />
    </Field>
  );
}
