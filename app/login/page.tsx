import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { getActiveSession } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/paths";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; passwordSet?: string }>;
}) {
  const { callbackUrl, passwordSet } = await searchParams;
  const callbackPath = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getActiveSession()) redirect(callbackPath);
  return (
    <AuthFrame title="Sign in" lead="Joint human-rights activities under the ASEAN-UN Plan of Action.">
      {passwordSet === "1" ? (
        <div className="mb-5">
          <Alert tone="success">Your password is set. Sign in with it.</Alert>
        </div>
      ) : null}
      <SignInForm callbackPath={callbackPath} />
    </AuthFrame>
  );
}
