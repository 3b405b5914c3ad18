import type { Metadata } from "next";
import Link from "next/link";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { inspectPasswordLink } from "@/lib/dal/accounts/password-links";

export const metadata: Metadata = { title: "Choose your password", referrer: "no-referrer" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectPasswordLink(token);
  if (!link) {
    return (
      <AuthFrame title="This link no longer works">
        <p className="text-sm text-slate-700">
          It has expired or was already used.{" "}
          <Link href="/login/forgot-password" className="font-medium text-brand-700 underline hover:no-underline">
            Ask for a new link
          </Link>
          , or{" "}
          <Link href="/login" className="font-medium text-brand-700 underline hover:no-underline">
            sign in
          </Link>{" "}
          if you already chose a password.
        </p>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title={link.purpose === "invite" ? `Welcome, ${link.name}` : "Choose a new password"}
      lead={`For ${link.email}. You sign in with it afterwards.`}
    >
      <SetPasswordForm token={token} email={link.email} />
    </AuthFrame>
  );
}
