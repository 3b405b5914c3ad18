"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/app/(app)/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { applyResult } from "@/components/ui/apply-result";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/password";
import { NewPasswordFields } from "@/components/account/new-password-fields";

export function ChangePasswordForm() {
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { current: "", password: "", confirmation: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await changePasswordAction(values);
    const problem = applyResult(result, setError);
    if (problem) return setOutcome({ ok: false, message: problem });
    reset();
    setOutcome({ ok: true, message: "Password changed. You were signed out everywhere else." });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {outcome ? <Alert tone={outcome.ok ? "success" : "error"}>{outcome.message}</Alert> : null}
      <Field id="current" label="Current password" error={errors.current?.message}>
        <input type="password" autoComplete="current-password" className={INPUT_CLASS} {...register("current")} />
      </Field>
      <NewPasswordFields register={register} errors={errors} />
      <Button type="submit" pending={isSubmitting} pendingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}
