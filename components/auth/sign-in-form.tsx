"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { signInSchema, type SignInInput } from "@/lib/validation/sign-in";

// One message for an unknown email and a wrong password: neither reveals which accounts exist.
export const SIGN_IN_FAILED = "Email or password is incorrect.";
export const SIGN_IN_FAILED_WITH_CODE = "Email, password or code is incorrect.";
// What the server says when only the second step is missing (lib/dal/accounts/session-user.ts).
const MFA_REQUIRED = "MFA_REQUIRED";

/** next-auth's answer in the form kit's terms: signed in, the second step asked for, or why not. */
async function signInWith(values: SignInInput, askedForCode: boolean): Promise<ActionResult<"signed_in" | "code_needed">> {
  const result = await signIn("credentials", { ...values, redirect: false });
  if (result?.error === MFA_REQUIRED) return { ok: true, data: "code_needed" };
  if (result?.ok) return { ok: true, data: "signed_in" };
  // A lock-out says so (it reveals nothing: unknown emails are locked alike); any other
  // failure is the one shared message.
  const locked = result?.error?.startsWith("Too many") ? result.error : null;
  const failed = result?.error === "CredentialsSignin" || !result;
  return {
    ok: false,
    message:
      locked ?? (failed ? (askedForCode ? SIGN_IN_FAILED_WITH_CODE : SIGN_IN_FAILED) : "Sign-in failed. Please try again."),
  };
}

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const router = useRouter();
  // Set once the password was right and the account asks for its second step.
  const [askCode, setAskCode] = useState(false);
  const { form, onSubmit, outcome } = useActionForm<SignInInput, "signed_in" | "code_needed">({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    action: (values) => signInWith(values, askCode),
    onSuccess: (step) => {
      if (step === "code_needed") return setAskCode(true);
      router.replace(callbackPath);
      router.refresh();
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {outcome && !outcome.ok ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-rose-200">
          {outcome.message}
        </p>
      ) : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <input type="email" autoComplete="username" className={INPUT_CLASS} {...register("email")} />
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        <input type="password" autoComplete="current-password" className={INPUT_CLASS} {...register("password")} />
      </Field>
      {askCode ? (
        <Field
          id="code"
          label="Code from your authenticator app"
          hint="Six digits, or one of your recovery codes."
          error={errors.code?.message}
        >
          <input
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            className={INPUT_CLASS}
            {...register("code")}
          />
        </Field>
      ) : null}
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-70"
      >
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
      <Link
        href="/login/forgot-password"
        className="block text-sm font-medium text-brand-700 underline hover:no-underline"
      >
        Forgot password?
      </Link>
    </form>
  );
}
