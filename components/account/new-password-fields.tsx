"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { MAX_PASSWORD, MIN_PASSWORD } from "@/lib/validation/password";

type NewPassword = { password: string; confirmation: string };

const HINT = `${MIN_PASSWORD} to ${MAX_PASSWORD} characters, not a common or breached password. A few unrelated words are easy to remember.`;

/** The new password twice, as choosing from a link and changing one's password both ask. */
export function NewPasswordFields<T extends NewPassword>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<NewPassword>;
}) {
  const reg = register as unknown as UseFormRegister<NewPassword>;
  return (
    <>
      <Field id="password" label="New password" hint={HINT} error={errors.password?.message}>
        <input type="password" autoComplete="new-password" className={INPUT_CLASS} {...reg("password")} />
      </Field>
      <Field id="confirmation" label="New password again" error={errors.confirmation?.message}>
        <input type="password" autoComplete="new-password" className={INPUT_CLASS} {...reg("confirmation")} />
      </Field>
    </>
  );
}

/** A one-time code from the authenticator app. */
export function CodeInput({ id, label }: { id: string; label: string }) {
  return (
    <Field id={id} label={label}>
      <input
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        className={`${INPUT_CLASS} max-w-40`}
      />
    </Field>
  );
}

/** The current password again, before a change that needs it. */
export function PasswordAgainInput({ id, label }: { id: string; label: string }) {
  return (
    <Field id={id} label={label}>
      <input name="password" type="password" autoComplete="current-password" className={`${INPUT_CLASS} max-w-64`} />
    </Field>
  );
}
