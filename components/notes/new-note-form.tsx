"use client";

import { useRouter } from "next/navigation";
import { createNoteAction } from "@/app/(app)/reports/background-note/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { ChecklistField } from "./checklist-field";
import { THEMES, THEME_LABELS } from "@/lib/domain";
import { noteSettingsSchema, type NoteSettings } from "@/lib/validation/background-note";

export function NewNoteForm({
  organisations,
  today,
}: {
  organisations: Array<{ code: string; label: string }>;
  today: string;
}) {
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm<NoteSettings, { id: string }>({
    schema: noteSettingsSchema,
    action: createNoteAction,
    onSuccess: ({ id }) => router.push(`/reports/background-note/${id}`),
    defaultValues: {
      title: "AICHR Background Note on Human Rights Cooperation",
      noteDate: today,
      periodFrom: `${Number(today.slice(0, 4)) - 2}-01-01`,
      periodTo: today,
      organisationCodes: [],
      themes: [],
      includeUndated: false,
    },
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome outcome={outcome} />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <Field id="title" label="Title" error={errors.title?.message}>
            <input className={INPUT_CLASS} {...register("title")} />
          </Field>
        </div>
        <Field id="periodFrom" label="From" error={errors.periodFrom?.message}>
          <input type="date" className={INPUT_CLASS} {...register("periodFrom")} />
        </Field>
        <Field id="periodTo" label="To" error={errors.periodTo?.message}>
          <input type="date" className={INPUT_CLASS} {...register("periodTo")} />
        </Field>
        <Field id="noteDate" label="Date of the note" error={errors.noteDate?.message}>
          <input type="date" className={INPUT_CLASS} {...register("noteDate")} />
        </Field>
        <div />
        <ChecklistField
          legend="Organisations (optional)"
          hint="None chosen means all."
          options={organisations.map((o) => ({ value: o.code, label: o.label }))}
          register={register("organisationCodes")}
        />
        <ChecklistField
          legend="Themes (optional)"
          hint="None chosen means all."
          options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
          register={register("themes")}
        />
        <label className="flex items-center gap-2 text-sm text-slate-800 md:col-span-2">
          <input type="checkbox" {...register("includeUndated")} />
          Include activities with no recorded date
        </label>
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel="Generating…">
        Generate note
      </Button>
    </form>
  );
}
