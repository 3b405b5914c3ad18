"use client";

import Link from "next/link";
import { requestPasswordResetAction } from "@/app/login/forgot-password/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/validation/password";

// The same words whether or not the address has an account: the page reveals none.
export const RESET_LINK_SENT =
  "If an account uses this email, a link to choose a new password is on its way. It works once, within 1 hour.";

const BACK_TO_SIGN_IN = (
  <Link href="/login" className="block text-sm font-medium text-brand-700 underline hover:no-underline">
    Back to sign in
  </Link>
);

export function ForgotPasswordForm() {
  const { form, onSubmit, outcome } = useActionForm<ForgotPasswordInput>({
    schema: forgotPasswordSchema,
    defaultValues: { email: "" },
    action: requestPasswordResetAction,
    onSuccess: () => RESET_LINK_SENT,
  });
  if (outcome?.ok) {
    return (
      <div className="space-y-4">
        <FormOutcome outcome={outcome} />
        {BACK_TO_SIGN_IN}
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormOutcome outcome={outcome} />
      <Field id="email" label="Email" error={form.formState.errors.email?.message}>
        <input type="email" autoComplete="username" className={INPUT_CLASS} {...form.register("email")} />
      </Field>
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting} pendingLabel="Sending…">
        Send the link
      </Button>
      {BACK_TO_SIGN_IN}
    </form>
  );
}
