import type { Metadata } from "next";
import Link from "next/link";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { MfaRolesForm } from "@/components/users/mfa-roles-form";
import { UserStatus } from "@/components/users/user-status";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getMfaRequiredRoles } from "@/lib/dal/admin/settings";
import { throttledAccounts } from "@/lib/dal/accounts/sign-in-limits";
import { listUsers, organisationChoices } from "@/lib/dal/accounts/users";
import { ROLE_LABELS } from "@/lib/domain";
import { appUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireCapability("user:manage");
  const [users, organisations, mfaRoles, throttled] = await Promise.all([
    listUsers(admin),
    organisationChoices(admin),
    getMfaRequiredRoles(admin),
    throttledAccounts(admin),
  ]);
  return (
    <>
      <PageHeader title="Users" description="Who may sign in, in which role, for which organisation." />
      <Card title="Invite a user" className="mb-6">
        <InviteUserForm baseUrl={appUrl()} organisations={organisations} />
      </Card>
      <DataTable columns={["Name", "Role", "Organisation", "Status", "Last sign-in"]}>
        {users.map((user) => (
          <tr key={user.id}>
            <td className="px-4 py-3">
              <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 hover:underline">
                {user.name}
              </Link>
              <div className="text-slate-600">{user.email}</div>
            </td>
            <td className="px-4 py-3">{ROLE_LABELS[user.role]}</td>
            <td className="px-4 py-3">{user.organisationLabel ?? "—"}</td>
            <td className="px-4 py-3">
              <UserStatus user={user} throttle={throttled.get(user.id)} />
            </td>
            <td className="px-4 py-3">
              {user.lastSignInAt ? <LocalTime iso={user.lastSignInAt.toISOString()} /> : "Never"}
            </td>
          </tr>
        ))}
      </DataTable>
      <Card title="Two-step verification" className="mt-6">
        <MfaRolesForm initial={mfaRoles} />
      </Card>
    </>
  );
}
