"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useFieldArray, useWatch, type FieldError as FormFieldError } from "react-hook-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { KeyField } from "@/components/forms/key-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/action-result";
import {
  newPlanEditionSchema,
  planEditionEditSchema,
  type NewPlanEditionInput,
  type PlanEditionEditInput,
} from "@/lib/validation/plan-edition";

type Values = NewPlanEditionInput;

const ROW_BUTTON = "rounded-md px-2 py-2 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-50";
const ADD_BUTTON =
  "mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100";

/** A list's own message: from the schema (root) or from the server (the list's name). */
const listError = (error: unknown) =>
  (error as { message?: string; root?: FormFieldError } | undefined)?.message ??
  (error as { root?: FormFieldError } | undefined)?.root?.message;

/** One input of a row, named for assistive technology, with its message under it. */
function RowControl({ id, error, children }: { id: string; error?: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * A Plan of Action edition with its sections and clauses, each a list of rows. Editing an
 * edition (`existing`), its code is fixed and clauses activities link are read-only.
 */
export function PlanEditionForm({
  defaults,
  existing,
  frameworks,
  save,
}: {
  /** The frameworks an edition may belong to (the "Framework" choice). */
  frameworks: Array<{ id: string; name: string }>;
  /** With a code for a new edition; without one when editing (the code is not sent). */
  defaults: PlanEditionEditInput & { code?: string };
  existing?: { code: string; linked: Record<string, number> };
  save: (values: unknown) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm<Values>({
    schema: existing ? planEditionEditSchema : newPlanEditionSchema,
    defaultValues: defaults as Values,
    // Editing, the code is fixed: it is not sent.
    action: ({ code, ...rest }) => save(existing ? rest : { code, ...rest }),
    onSuccess: () => {
      router.push("/admin/plan");
      router.refresh();
    },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const sections = useFieldArray({ control, name: "sections" });
  const clauses = useFieldArray({ control, name: "clauses" });
  const clauseValues = useWatch({ control, name: "clauses" });

  const linkedCount = (index: number) => (existing ? (existing.linked[clauseValues[index]?.number ?? ""] ?? 0) : 0);
  const describe = (id: string, error?: string) => ({
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormOutcome outcome={outcome} />
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2">
        <KeyField
          id="edition-code"
          fixed={existing?.code}
          example="ASEAN-UN-POA-2021-2025"
          error={errors.code?.message}
          input={register("code")}
        />
        <Field id="edition-framework" label="Framework" error={errors.frameworkId?.message}>
          <select className={INPUT_CLASS} {...register("frameworkId")}>
            <option value="">Choose…</option>
            {frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="edition-title" label="Title" error={errors.title?.message}>
          <input autoComplete="off" className={INPUT_CLASS} {...register("title")} />
        </Field>
        <Field id="edition-start" label="Start year" error={errors.startYear?.message}>
          <input
            type="number"
            min={1990}
            max={2100}
            className={INPUT_CLASS}
            {...register("startYear", { valueAsNumber: true })}
          />
        </Field>
        <Field id="edition-end" label="End year" error={errors.endYear?.message}>
          <input
            type="number"
            min={1990}
            max={2100}
            className={INPUT_CLASS}
            {...register("endYear", { valueAsNumber: true })}
          />
        </Field>
        <div className="md:col-span-2">
          <Field
            id="edition-adopted"
            label="Adopted at (optional)"
            hint="Where and when it was adopted, e.g. 11th ASEAN-UN Summit, November 2020, Ha Noi."
            error={errors.adoptedAt?.message}
          >
            <input autoComplete="off" className={INPUT_CLASS} {...register("adoptedAt")} />
          </Field>
        </div>
      </div>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-describedby="sections-hint">
        <legend className="px-1 text-base font-semibold text-slate-900">Sections</legend>
        <p id="sections-hint" className="text-sm text-slate-600">
          Sections hold the clauses: a section numbered 1.2 sits in section 1.
        </p>
        <ul className="mt-3 space-y-2">
          {sections.fields.map((field, index) => {
            const number = errors.sections?.[index]?.number?.message;
            const title = errors.sections?.[index]?.title?.message;
            return (
              <li key={field.id} className="grid grid-cols-[8rem_1fr_auto] items-start gap-2">
                <RowControl id={`section-${index}-number`} error={number}>
                  <input
                    aria-label={`Section ${index + 1} number`}
                    placeholder="1.2"
                    className={`${INPUT_CLASS} mt-0`}
                    {...describe(`section-${index}-number`, number)}
                    {...register(`sections.${index}.number`)}
                  />
                </RowControl>
                <RowControl id={`section-${index}-title`} error={title}>
                  <input
                    aria-label={`Section ${index + 1} title`}
                    className={`${INPUT_CLASS} mt-0`}
                    {...describe(`section-${index}-title`, title)}
                    {...register(`sections.${index}.title`)}
                  />
                </RowControl>
                <button type="button" onClick={() => sections.remove(index)} className={ROW_BUTTON}>
                  Remove<span className="sr-only"> section {index + 1}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={() => sections.append({ number: "", title: "" })} className={ADD_BUTTON}>
          Add section
        </button>
        <FieldError id="sections-error" message={listError(errors.sections)} />
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-describedby="clauses-hint">
        <legend className="px-1 text-base font-semibold text-slate-900">Clauses</legend>
        <p id="clauses-hint" className="text-sm text-slate-600">
          Number each clause within its section (1.2.3 sits in section 1.2); they are listed in that order.
          {existing ? " Clauses that activities link keep their number and text: they are part of the record." : null}
        </p>
        <ul className="mt-3 space-y-3">
          {clauses.fields.map((field, index) => {
            const linked = linkedCount(index);
            const number = errors.clauses?.[index]?.number?.message;
            const text = errors.clauses?.[index]?.text?.message;
            return (
              <li key={field.id} className="grid grid-cols-[8rem_1fr_auto] items-start gap-2">
                <RowControl id={`clause-${index}-number`} error={number}>
                  <input
                    aria-label={`Clause ${index + 1} number`}
                    placeholder="1.2.3"
                    readOnly={linked > 0}
                    className={`${INPUT_CLASS} mt-0 read-only:bg-slate-100`}
                    {...describe(`clause-${index}-number`, number)}
                    {...register(`clauses.${index}.number`)}
                  />
                  {linked > 0 ? (
                    <p className="mt-1 text-xs text-slate-600">
                      Linked to {linked} {linked === 1 ? "activity" : "activities"}
                    </p>
                  ) : null}
                </RowControl>
                <RowControl id={`clause-${index}-text`} error={text}>
                  <textarea
                    aria-label={`Clause ${index + 1} text`}
                    rows={2}
                    readOnly={linked > 0}
                    className={`${INPUT_CLASS} mt-0 read-only:bg-slate-100`}
                    {...describe(`clause-${index}-text`, text)}
                    {...register(`clauses.${index}.text`)}
                  />
                </RowControl>
                <button
                  type="button"
                  onClick={() => clauses.remove(index)}
                  disabled={linked > 0}
                  title={linked > 0 ? "Activities link this clause: it stays." : undefined}
                  className={ROW_BUTTON}
                >
                  Remove<span className="sr-only"> clause {index + 1}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={() => clauses.append({ number: "", text: "" })} className={ADD_BUTTON}>
          Add clause
        </button>
        <FieldError id="clauses-error" message={listError(errors.clauses)} />
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {existing ? "Save edition" : "Add edition"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push("/admin/plan")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
