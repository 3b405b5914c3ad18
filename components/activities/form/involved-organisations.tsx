"use client";

import { useFieldArray, type Control, type UseFormRegister } from "react-hook-form";
import type { FormOptions } from "@/lib/dal/activities/types";
import { describedBy, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { INVOLVEMENT_ROLE_LABELS, ORGANISATION_KIND_LABELS, type OrganisationKind } from "@/lib/domain";
import type { ActivityFormValues } from "@/lib/validation/activity";

const ROLES = ["co_organiser", "supporting", "participant"] as const;

/** Organisations grouped by kind, after an empty choice ("Choose…", or "None" where none is fine). */
export function OrganisationOptions({
  organisations,
  emptyLabel = "Choose…",
}: {
  organisations: FormOptions["organisations"];
  emptyLabel?: string;
}) {
  const kinds = [...new Set(organisations.map((o) => o.kind))] as OrganisationKind[];
  return (
    <>
      <option value="">{emptyLabel}</option>
      {kinds.map((kind) => (
        <optgroup key={kind} label={ORGANISATION_KIND_LABELS[kind]}>
          {organisations
            .filter((o) => o.kind === kind)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.label === o.name ? o.name : `${o.label} — ${o.name}`}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

/** The organisations besides the lead, each with its role. */
export function InvolvedOrganisations({
  control,
  register,
  organisations,
  hint,
  error,
}: {
  control: Control<ActivityFormValues>;
  register: UseFormRegister<ActivityFormValues>;
  organisations: FormOptions["organisations"];
  /** What a submission for review needs of this list. */
  hint?: string;
  error?: string;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "involved" });
  return (
    <fieldset id="involved" aria-describedby={describedBy(hint && "involved-hint", error && "involved-error")}>
      <legend className="text-sm font-medium text-slate-800">Involved organisations</legend>
      <p className="text-sm text-slate-600">
        Besides the lead: UN entities, ASEAN bodies and partners, with their role.
      </p>
      {hint ? (
        <p id="involved-hint" className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <ul className="mt-2 space-y-2">
        {fields.map((field, index) => (
          <li key={field.id} className="flex flex-wrap items-center gap-2">
            <select
              aria-label={`Organisation ${index + 1}`}
              className={`${INPUT_CLASS} mt-0 min-w-64 flex-1`}
              {...register(`involved.${index}.organisationId`)}
            >
              <OrganisationOptions organisations={organisations} />
            </select>
            <select
              aria-label={`Role of organisation ${index + 1}`}
              className={`${INPUT_CLASS} mt-0 w-44`}
              {...register(`involved.${index}.role`)}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {INVOLVEMENT_ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => remove(index)}
              className="rounded-md px-2 py-2 text-sm font-medium text-rose-800 hover:bg-rose-50"
            >
              Remove<span className="sr-only"> organisation {index + 1}</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => append({ organisationId: "", role: "supporting" })}
        className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        Add organisation
      </button>
      <FieldError id="involved-error" message={error} />
    </fieldset>
  );
}
