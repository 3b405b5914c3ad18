"use client";

import { changePasswordAction } from "@/app/(app)/account/security/actions";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/password";

export function ChangePasswordForm() {
  const { form, onSubmit, outcome } = useActionForm<ChangePasswordInput>({
    schema: changePasswordSchema,
    defaultValues: { current: "", password: "", confirmation: "" },
    action: changePasswordAction,
    onSuccess: (_data, _values, { reset }) => {
      reset();
      return "Password changed. You were signed out everywhere else.";
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormOutcome outcome={outcome} />
      <Field id="current" label="Current password" error={formState.errors.current?.message}>
        <input type="password" autoComplete="current-password" className={INPUT_CLASS} {...register("current")} />
      </Field>
      <NewPasswordFields register={register} errors={formState.errors} />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}
