"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestPasswordResetAction } from "@/app/login/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { applyResult } from "@/components/ui/apply-result";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/validation/password";

// The same words whether or not the address has an account: the page reveals none.
export const RESET_LINK_SENT =
  "If an account uses this email, a link to choose a new password is on its way. It works once, within 1 hour.";

export function ForgotPasswordForm() {
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const failure = applyResult(await requestPasswordResetAction(values), setError);
    if (failure) return setProblem(failure);
    setSent(true);
  });
  if (sent) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{RESET_LINK_SENT}</Alert>
        <Link href="/login" className="text-sm font-medium text-brand-700 underline hover:no-underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {problem ? <Alert>{problem}</Alert> : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <input type="email" autoComplete="username" className={INPUT_CLASS} {...register("email")} />
      </Field>
      <Button type="submit" className="w-full" pending={isSubmitting} pendingLabel="Sending…">
        Send the link
      </Button>
      <Link href="/login" className="block text-sm font-medium text-brand-700 underline hover:no-underline">
        Back to sign in
      </Link>
    </form>
  );
}
