import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthFrame } from "@/components/auth/auth-frame";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getActiveSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  // Signed in, the account page changes the password with the current one.
  if (await getActiveSession()) redirect("/account/security");
  return (
    <AuthFrame
      title="Forgot your password?"
      lead="Give the email you sign in with. We send a link to choose a new password; it works once, within 1 hour."
    >
      <ForgotPasswordForm />
    </AuthFrame>
  );
}
