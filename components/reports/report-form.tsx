"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { DateField } from "@/components/activities/form/date-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { ACCEPTED_EXTENSIONS } from "@/lib/attachments-accept";
import { PARTICIPANT_GROUPS, PARTICIPANT_GROUP_LABELS } from "@/lib/domain";
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  SEXES,
  SEX_LABELS,
  reportFormSchema,
  type ReportFormValues,
} from "@/lib/validation/report";

export function ReportForm({
  activityId,
  organisations,
  defaults,
  submit,
}: {
  activityId: string;
  organisations: Array<{ id: string; label: string }>;
  defaults: ReportFormValues;
  submit: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const { register, handleSubmit, watch, setError, formState } = useForm<ReportFormValues>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const form = new FormData();
    form.set("values", JSON.stringify(values));
    for (const file of files) form.append("attachments", file);
    const result = await submit(form);
    if (result.ok) {
      router.push(`/activities/${activityId}#reports`);
      router.refresh();
      return;
    }
    setProblem(result.conflict ? "This report was changed meanwhile: reload the page." : result.message);
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "attachments") setFileError(message);
      else setError(field as Path<ReportFormValues>, { message });
    }
  });

  const chooseFiles = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    const tooBig = chosen.find((f) => f.size > MAX_ATTACHMENT_BYTES);
    setFileError(
      chosen.length > MAX_ATTACHMENTS
        ? `At most ${MAX_ATTACHMENTS} files.`
        : tooBig
          ? `${tooBig.name} is larger than 10 MB.`
          : null,
    );
    setFiles(chosen);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {problem ? <Alert>{problem}</Alert> : null}
      <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2">
        <Field id="organisationId" label="Report of" error={errors.organisationId?.message}>
          <select className={INPUT_CLASS} {...register("organisationId")}>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <div />
        <DateField<ReportFormValues>
          id="actualStartDate"
          label="Actual start date"
          dateName="actualStartDate"
          precisionName="actualStartPrecision"
          precision={watch("actualStartPrecision")}
          register={register}
          error={errors.actualStartDate?.message}
        />
        <DateField<ReportFormValues>
          id="actualEndDate"
          label="Actual end date"
          dateName="actualEndDate"
          precisionName="actualEndPrecision"
          precision={watch("actualEndPrecision")}
          register={register}
          error={errors.actualEndDate?.message}
        />
        <Field id="participantsTotal" label="Participants in total" error={errors.participantsTotal?.message}>
          <input type="text" inputMode="numeric" className={INPUT_CLASS} {...register("participantsTotal")} />
        </Field>
        <div />
        <fieldset aria-describedby={errors.bySex ? "bySex-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Participants by sex</legend>
          <div className="mt-1 grid grid-cols-3 gap-2">
            {SEXES.map((sex) => (
              <Field key={sex} id={`bySex-${sex}`} label={SEX_LABELS[sex]} error={errors.bySex?.[sex]?.message}>
                <input type="text" inputMode="numeric" className={INPUT_CLASS} {...register(`bySex.${sex}`)} />
              </Field>
            ))}
          </div>
          {(errors.bySex?.message ?? errors.bySex?.root?.message) ? (
            <p id="bySex-error" className="mt-1 text-sm text-rose-800">
              {errors.bySex?.message ?? errors.bySex?.root?.message}
            </p>
          ) : null}
        </fieldset>
        <fieldset aria-describedby={errors.byGroup ? "byGroup-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Participants by group</legend>
          <div className="mt-1 grid grid-cols-2 gap-2">
            {PARTICIPANT_GROUPS.map((group) => (
              <Field
                key={group}
                id={`byGroup-${group}`}
                label={PARTICIPANT_GROUP_LABELS[group]}
                error={errors.byGroup?.[group]?.message}
              >
                <input type="text" inputMode="numeric" className={INPUT_CLASS} {...register(`byGroup.${group}`)} />
              </Field>
            ))}
          </div>
          {(errors.byGroup?.message ?? errors.byGroup?.root?.message) ? (
            <p id="byGroup-error" className="mt-1 text-sm text-rose-800">
              {errors.byGroup?.message ?? errors.byGroup?.root?.message}
            </p>
          ) : null}
        </fieldset>
        <div className="md:col-span-2">
          <Field id="outcomes" label="Outcomes" error={errors.outcomes?.message}>
            <textarea rows={6} className={INPUT_CLASS} {...register("outcomes")} />
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field id="followUp" label="Follow-up actions" error={errors.followUp?.message}>
            <textarea rows={4} className={INPUT_CLASS} {...register("followUp")} />
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field id="links" label="Links" hint="One web address per line." error={errors.links?.message}>
            <textarea rows={3} className={INPUT_CLASS} {...register("links")} />
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field
            id="attachments"
            label="Attachments"
            hint="PDF, Word, Excel, PNG or JPEG; up to 10 files of 10 MB each."
            error={fileError ?? undefined}
          >
            <input
              type="file"
              multiple
              accept={ACCEPTED_EXTENSIONS}
              className="mt-1 block text-sm"
              onChange={(e) => chooseFiles(e.target.files)}
            />
          </Field>
        </div>
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel="Submitting…" disabled={Boolean(fileError)}>
        Submit report
      </Button>
    </form>
  );
}
