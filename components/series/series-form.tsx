"use client";

import { useRouter } from "next/navigation";
import { createSeriesAction, updateSeriesAction } from "@/app/(app)/series/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { KeyField } from "@/components/forms/key-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import {
  EMPTY_SERIES,
  seriesEditSchema,
  seriesSchema,
  type SeriesEditInput,
  type SeriesInput,
} from "@/lib/validation/series";

const CONTEXT_HINT =
  "The sentence the Background Note opens the series with: who meets, since when and why. Leave empty if the note should only say how often it met.";

/** Adds a series of meetings; its code is checked against every series. */
export function NewSeriesForm() {
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm<SeriesInput>({
    schema: seriesSchema,
    defaultValues: EMPTY_SERIES,
    action: createSeriesAction,
    onSuccess: (_data, values, { reset }) => {
      reset(EMPTY_SERIES);
      router.refresh();
      return `${values.name} was added.`;
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome outcome={outcome} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="series-name"
          label="Name"
          hint="As meetings are called, without their number."
          error={errors.name?.message}
        >
          <input autoComplete="off" className={INPUT_CLASS} {...register("name")} />
        </Field>
        <KeyField id="series-code" example="AICHR-UN-MEETING" error={errors.code?.message} input={register("code")} />
        <div className="md:col-span-2">
          <Field id="series-context" label="Context (optional)" hint={CONTEXT_HINT} error={errors.context?.message}>
            <textarea rows={3} className={INPUT_CLASS} {...register("context")} />
          </Field>
        </div>
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel="Adding…">
        Add series
      </Button>
    </form>
  );
}

/** Renames a series or rewrites its context; its code stays. */
export function EditSeriesForm({ id, initial }: { id: string; initial: SeriesEditInput }) {
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm<SeriesEditInput>({
    schema: seriesEditSchema,
    defaultValues: initial,
    action: (values) => updateSeriesAction(id, values),
    onSuccess: (_data, values, { reset }) => {
      reset(values);
      router.refresh();
      return "Saved.";
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome outcome={outcome} />
      <Field id="series-name" label="Name" error={errors.name?.message}>
        <input autoComplete="off" className={INPUT_CLASS} {...register("name")} />
      </Field>
      <Field id="series-context" label="Context (optional)" hint={CONTEXT_HINT} error={errors.context?.message}>
        <textarea rows={4} className={INPUT_CLASS} {...register("context")} />
      </Field>
      <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
        Save series
      </Button>
    </form>
  );
}
