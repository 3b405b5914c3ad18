"use client";

import type { FormOptions } from "@/lib/dal/activities/types";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { transitionActivityAction } from "@/app/(app)/activities/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { describedBy, Field, INPUT_CLASS } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/action-result";
import {
  ACTIVITY_SCOPE_LABELS,
  ACTIVITY_SCOPES,
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  THEME_LABELS,
  THEMES,
} from "@/lib/domain";
import { ACTIVITY_LANGUAGES } from "@/lib/iati/codes";
import { activityFormSchema, type ActivityFormValues } from "@/lib/validation/activity";
import { draftFacts, submissionProblems } from "@/lib/workflow/guards";
import { ClausePicker } from "./clause-picker";
import { ConflictNotice } from "./conflict-notice";
import { ActivityDateFields } from "./date-parts-fields";
import { InvolvedOrganisations, OrganisationOptions } from "./involved-organisations";
import { ModeField } from "./mode-field";
import { REQUIRED_TO_SUBMIT, SubmissionChecklist } from "./submission-checklist";
import { SeriesFields } from "./series-fields";
import { submissionRefusal } from "./submission-refusal";

type SaveResult = ActionResult<{ id?: string; version: number }>;

/** The activity form, for a new draft and for editing one. */
export function ActivityForm({
  defaults,
  options,
  save,
  activityId,
}: {
  defaults: ActivityFormValues;
  options: FormOptions;
  save: (values: ActivityFormValues) => Promise<SaveResult>;
  activityId?: string;
}) {
  const router = useRouter();
  // Input stays as typed: a refusal only adds messages.
  const { form, onSubmit, outcome, submitWith, sending } = useActionForm<ActivityFormValues, { id?: string }>({
    schema: activityFormSchema,
    defaultValues: defaults,
    action: save,
    onSuccess: (data) => {
      router.push(`/activities/${data.id ?? activityId}`);
      router.refresh();
    },
  });
  const { register, control, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const kindOf = (id: string) => options.organisations.find((o) => o.id === id)?.kind;
  // Checked as the user types, by the function the server's submit guard runs.
  const current = useWatch({ control }) as ActivityFormValues;
  const missing = submissionProblems(draftFacts(current, kindOf));

  // Save, then submit the saved version; the server checks the submission again.
  const onSaveAndSubmit = submitWith(
    "review",
    async (values: ActivityFormValues): Promise<ActionResult<{ id: string; submitted: boolean }>> => {
      const refusal = submissionRefusal(missing);
      if (refusal) return refusal;
      const saved = await save(values);
      if (!saved.ok) return saved;
      const id = saved.data.id ?? activityId!;
      const submitted = await transitionActivityAction(id, saved.data.version, "submit", { comment: "" });
      return { ok: true, data: { id, submitted: submitted.ok } };
    },
    // Saved either way: the draft's page says it was submitted, or shows what stopped it.
    ({ id, submitted }) => {
      router.push(submitted ? `/activities/${id}?done=submit` : `/activities/${id}?done=edit`);
      router.refresh();
    },
  );
  const submitting = sending === "review";
  const conflict = outcome?.refusal?.conflict;

  const { clauseIds, primaryClauseId, themes } = current;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {conflict && activityId ? (
        <ConflictNotice conflict={conflict} href={`/activities/${activityId}`} />
      ) : (
        <FormOutcome outcome={outcome} />
      )}
      <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2">
        <div className="md:col-span-2">
          <Field id="title" label="Title" error={errors.title?.message}>
            <input type="text" className={INPUT_CLASS} {...register("title")} />
          </Field>
        </div>
        <div className="md:col-span-2">
          <Field id="summary" label="Summary" error={errors.summary?.message}>
            <textarea rows={5} className={INPUT_CLASS} {...register("summary")} />
          </Field>
        </div>
        <Field id="type" label="Type" error={errors.type?.message}>
          <select className={INPUT_CLASS} {...register("type")}>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {ACTIVITY_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="leadOrganisationId" label="Lead organisation" error={errors.leadOrganisationId?.message}>
          <select className={INPUT_CLASS} {...register("leadOrganisationId")}>
            <OrganisationOptions organisations={options.organisations} />
          </select>
        </Field>
        <fieldset
          id="themes"
          className="md:col-span-2"
          aria-describedby={describedBy("themes-hint", errors.themes?.message && "themes-error")}
        >
          <legend className="text-sm font-medium text-slate-800">Themes</legend>
          <p id="themes-hint" className="text-sm text-slate-600">
            {REQUIRED_TO_SUBMIT}
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {THEMES.map((theme) => (
              <label key={theme} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={themes.includes(theme)}
                  onChange={(e) =>
                    setValue("themes", e.target.checked ? [...themes, theme] : themes.filter((t) => t !== theme), {
                      shouldDirty: true,
                    })
                  }
                />
                {THEME_LABELS[theme]}
              </label>
            ))}
          </div>
          <FieldError id="themes-error" message={errors.themes?.message} />
        </fieldset>
        <div className="md:col-span-2">
          <InvolvedOrganisations
            control={control}
            register={register}
            organisations={options.organisations}
            hint={`${REQUIRED_TO_SUBMIT}: at least one UN entity, as lead or involved.`}
            error={errors.involved?.message ?? errors.involved?.root?.message}
          />
        </div>
        <div className="md:col-span-2">
          <ClausePicker
            clauses={options.clauses}
            selected={clauseIds}
            primary={primaryClauseId}
            hint={REQUIRED_TO_SUBMIT}
            error={errors.clauseIds?.message ?? errors.primaryClauseId?.message}
            date={current.startDate}
            onChange={(selected, primary) => {
              setValue("clauseIds", selected, { shouldDirty: true });
              setValue("primaryClauseId", primary, { shouldDirty: true });
            }}
          />
        </div>
        <ActivityDateFields form={form} hint={REQUIRED_TO_SUBMIT} />
        <ModeField control={control} register={register} setValue={setValue} errors={errors} />
        <Field id="scope" label="Scope" error={errors.scope?.message}>
          <select className={INPUT_CLASS} {...register("scope")}>
            {ACTIVITY_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {ACTIVITY_SCOPE_LABELS[scope]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="language" label="Language of the title and summary" error={errors.language?.message}>
          <select className={INPUT_CLASS} {...register("language")}>
            {Object.entries(ACTIVITY_LANGUAGES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="expectedParticipants" label="Expected participants" error={errors.expectedParticipants?.message}>
          <input type="text" inputMode="numeric" className={INPUT_CLASS} {...register("expectedParticipants")} />
        </Field>
        <SeriesFields series={options.series} register={register} errors={errors} />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <SubmissionChecklist problems={missing} />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" pending={submitting} pendingLabel="Submitting…" onClick={onSaveAndSubmit}>
          Save and submit for review
        </Button>
        <Button
          type="submit"
          variant="secondary"
          disabled={submitting}
          pending={isSubmitting && !submitting}
          pendingLabel="Saving…"
        >
          Save draft
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>
          Back
        </Button>
      </div>
    </form>
  );
}
