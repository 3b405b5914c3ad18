import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserAccountActions } from "@/components/users/user-account-actions";
import { UserRoleForm } from "@/components/users/user-role-form";
import { UserStatus } from "@/components/users/user-status";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { throttledAccounts } from "@/lib/dal/accounts/sign-in-limits";
import { getUser, organisationChoices } from "@/lib/dal/accounts/users";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/env";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireCapability("user:manage");
  const { id } = await params;
  const user = await getUser(admin, id).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [organisations, throttled] = await Promise.all([organisationChoices(admin), throttledAccounts(admin)]);
  const throttle = throttled.get(user.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          ← Users
        </Link>
      </p>
      <PageHeader title={user.name} description={user.email} actions={<UserStatus user={user} throttle={throttle} />} />
      <Card title="Role and organisation" className="mb-6">
        <UserRoleForm
          userId={user.id}
          initial={{ role: user.role, organisationId: user.organisationId ?? "" }}
          organisations={organisations}
        />
      </Card>
      <Card title="Account">
        <p className="mb-4 text-sm text-slate-700">
          Last sign-in: {user.lastSignInAt ? <LocalTime iso={user.lastSignInAt.toISOString()} /> : "never"}.{" "}
          {user.linkExpiresAt ? (
            <>
              A password link is open until <LocalTime iso={user.linkExpiresAt.toISOString()} />.
            </>
          ) : null}{" "}
          {throttle?.throttledUntil ? (
            <>
              Sign-in from new browsers is paused until <LocalTime iso={throttle.throttledUntil.toISOString()} /> after
              repeated failures.
            </>
          ) : throttle ? (
            <>Failed sign-ins in the last 15 minutes: {throttle.failures}.</>
          ) : null}
        </p>
        <UserAccountActions user={user} baseUrl={appUrl()} throttled={Boolean(throttle)} />
      </Card>
    </>
  );
}
