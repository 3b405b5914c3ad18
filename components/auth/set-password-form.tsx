"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setPasswordAction } from "@/app/set-password/[token]/actions";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { applyResult } from "@/components/ui/apply-result";
import { Button } from "@/components/ui/button";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/validation/password";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { password: "", confirmation: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const result = await setPasswordAction(token, values);
    const failure = applyResult(result, setError);
    if (failure) return setProblem(failure);
    router.replace("/login?passwordSet=1");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {problem ? <Alert>{problem}</Alert> : null}
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields register={register} errors={errors} />
      <Button type="submit" className="w-full" pending={isSubmitting} pendingLabel="Saving…">
        Set password
      </Button>
    </form>
  );
}
