"use client";

import { useRouter } from "next/navigation";
import { setPasswordAction } from "@/app/set-password/[token]/actions";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/validation/password";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const { form, onSubmit, outcome } = useActionForm<SetPasswordInput>({
    schema: setPasswordSchema,
    defaultValues: { password: "", confirmation: "" },
    action: (values) => setPasswordAction(token, values),
    onSuccess: () => router.replace("/login?passwordSet=1"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormOutcome outcome={outcome} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields register={form.register} errors={form.formState.errors} />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting} pendingLabel="Saving…">
        Set password
      </Button>
    </form>
  );
}
