"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldErrors, Path, UseFormRegister } from "react-hook-form";
import { DateRangeFields } from "@/components/activities/form/date-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
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
  const [fileError, setFileError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [publish, setPublish] = useState(false);
  // The files travel beside the values, so the action takes the multipart form the kit builds here.
  const { form, onSubmit, outcome } = useActionForm<ReportFormValues>({
    schema: reportFormSchema,
    defaultValues: defaults,
    action: (values) => {
      const body = new FormData();
      body.set("values", JSON.stringify(values));
      for (const file of files) body.append("attachments", file);
      if (publish) body.set("publish", "1");
      return submit(body);
    },
    onSuccess: () => {
      router.push(`/activities/${activityId}#reports`);
      router.refresh();
    },
  });
  const { register, watch, formState } = form;
  const { errors, isSubmitting } = formState;
  // The server names the attachments when it refuses a file; they are not a field of the values.
  const serverFileError = (errors as FieldErrors<{ attachments: unknown }>).attachments?.message;

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
      <FormOutcome outcome={outcome} />
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
        <DateRangeFields<ReportFormValues>
          labels={{ start: "Actual start date", end: "Actual end date" }}
          names={{
            start: "actualStartDate",
            startPrecision: "actualStartPrecision",
            end: "actualEndDate",
            endPrecision: "actualEndPrecision",
          }}
          register={register}
          watch={watch}
          errors={errors}
        />
        <Field id="participantsTotal" label="Participants in total" error={errors.participantsTotal?.message}>
          <input type="text" inputMode="numeric" className={INPUT_CLASS} {...register("participantsTotal")} />
        </Field>
        <div />
        <NumberGroup
          legend="Participants by sex"
          name="bySex"
          items={SEXES.map((sex) => [sex, SEX_LABELS[sex]])}
          register={register}
          errors={errors}
          columns="grid-cols-3"
        />
        <NumberGroup
          legend="Participants by group"
          name="byGroup"
          items={PARTICIPANT_GROUPS.map((group) => [group, PARTICIPANT_GROUP_LABELS[group]])}
          register={register}
          errors={errors}
          columns="grid-cols-2"
        />
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
            error={fileError ?? serverFileError}
          >
            <input
              type="file"
              multiple
              accept={ACCEPTED_EXTENSIONS}
              className="mt-1 block text-sm"
              onChange={(e) => chooseFiles(e.target.files)}
            />
          </Field>
          <label className="mt-2 flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
            Publish these files once the report is approved (listed in the IATI export, downloadable without signing in)
          </label>
        </div>
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel="Submitting…" disabled={Boolean(fileError)}>
        Submit report
      </Button>
    </form>
  );
}

/** A group of counts (by sex, by group) with the message for the whole group. */
function NumberGroup({
  legend,
  name,
  items,
  register,
  errors,
  columns,
}: {
  legend: string;
  name: "bySex" | "byGroup";
  items: Array<[string, string]>;
  register: UseFormRegister<ReportFormValues>;
  errors: FieldErrors<ReportFormValues>;
  columns: string;
}) {
  const group = errors[name] as
    (Record<string, { message?: string }> & { message?: string; root?: { message?: string } }) | undefined;
  const message = group?.message ?? group?.root?.message;
  return (
    <fieldset aria-describedby={message ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={`mt-1 grid gap-2 ${columns}`}>
        {items.map(([key, label]) => (
          <Field key={key} id={`${name}-${key}`} label={label} error={group?.[key]?.message}>
            <input
              type="text"
              inputMode="numeric"
              className={INPUT_CLASS}
              {...register(`${name}.${key}` as Path<ReportFormValues>)}
            />
          </Field>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={message} />
    </fieldset>
  );
}
