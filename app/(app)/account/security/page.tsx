import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { MfaSettings } from "@/components/account/mfa-settings";
import { OpenSessions } from "@/components/account/open-sessions";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccountHolder } from "@/lib/auth/session";
import { listOwnSessions, securityOverview } from "@/lib/dal/accounts/security";

export const metadata: Metadata = { title: "Sign-in and security" };

// Open to a user who must still set up two-step verification: the one page they can use.
export default async function SecurityPage() {
  const session = await requireAccountHolder();
  const [overview, sessions] = await Promise.all([securityOverview(session), listOwnSessions(session)]);
  return (
    <>
      {session.mustEnrolMfa ? null : (
        <p className="mb-2 text-sm">
          <Link href="/account" className="text-brand-700 hover:underline">
            ← Your account
          </Link>
        </p>
      )}
      <PageHeader title="Sign-in and security" description={session.user.email} />
      {session.mustEnrolMfa ? (
        <div className="mb-6">
          <Alert tone="warning">
            Your role must use two-step verification. Set it up below; the rest of the tracker opens once it is on.
          </Alert>
        </div>
      ) : null}
      <Card title="Two-step verification" className="mb-6">
        <MfaSettings
          enabled={overview.mfaEnabled}
          required={overview.mfaRequired}
          codesLeft={overview.recoveryCodesLeft}
        />
      </Card>
      <Card title="Password" className="mb-6">
        <ChangePasswordForm />
      </Card>
      <Card title="Where you are signed in">
        <OpenSessions
          sessions={sessions.map((s) => ({
            createdAt: s.createdAt.toISOString(),
            lastSeenAt: s.lastSeenAt.toISOString(),
            current: s.current,
          }))}
        />
      </Card>
    </>
  );
}
