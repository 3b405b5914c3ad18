"use client";

import { useRouter } from "next/navigation";
import { FormOutcome } from "@/components/forms/form-outcome";
import { KeyField } from "@/components/forms/key-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import {
  newPlanFrameworkSchema,
  type NewPlanFrameworkInput,
  type PlanFrameworkEditInput,
} from "@/lib/validation/plan-framework";

/** A plan framework (the ASEAN-UN Plan of Action, an AICHR work plan): its code once, its name and owner. */
export function PlanFrameworkForm({
  defaults,
  existingCode,
  save,
}: {
  defaults: PlanFrameworkEditInput & { code?: string };
  /** Editing: the code, which is shown and not sent. */
  existingCode?: string;
  save: (values: unknown) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  // One schema for both: an edited framework's code is its own (valid) and is not sent.
  const { form, onSubmit, outcome } = useActionForm<NewPlanFrameworkInput>({
    schema: newPlanFrameworkSchema,
    defaultValues: { ...defaults, code: existingCode ?? defaults.code ?? "" },
    action: ({ code, ...rest }) => save(existingCode ? rest : { code, ...rest }),
    onSuccess: () => {
      router.push("/admin/plan");
      router.refresh();
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormOutcome outcome={outcome} />
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-2">
        <KeyField
          id="framework-code"
          fixed={existingCode}
          example="AICHR-WP"
          error={errors.code?.message}
          input={register("code")}
        />
        <Field id="framework-name" label="Name" error={errors.name?.message}>
          <input autoComplete="off" className={INPUT_CLASS} {...register("name")} />
        </Field>
        <div className="md:col-span-2">
          <Field
            id="framework-owner"
            label="Adopted by (optional)"
            hint="Who adopted it, as the note says it, e.g. the AICHR."
            error={errors.owner?.message}
          >
            <input autoComplete="off" className={INPUT_CLASS} {...register("owner")} />
          </Field>
        </div>
      </div>
      <div className="flex gap-3">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {existingCode ? "Save framework" : "Add framework"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => router.push("/admin/plan")}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
