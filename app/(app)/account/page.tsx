import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { ApiTokens } from "@/components/account/api-tokens";
import { CalendarFeed } from "@/components/account/calendar-feed";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/dal/accounts/api-tokens";
import { getCalendarFeed } from "@/lib/dal/activities/calendar";
import { getEmailPreference } from "@/lib/dal/notifications/inbox";
import { EmailPreference } from "@/components/account/email-preference";
import { ROLE_LABELS } from "@/lib/domain";
import { appUrl } from "@/lib/env";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const [feed, preference, tokens] = await Promise.all([
    getCalendarFeed(user),
    getEmailPreference(user),
    listApiTokens(user),
  ]);
  const host = (await headers()).get("host") ?? "localhost:3000";
  const baseUrl = appUrl(`http://${host}`);
  return (
    <>
      <PageHeader title="Your account" description={`${user.name} · ${user.email} · ${ROLE_LABELS[user.role]}`} />
      <Card title="Sign-in and security" className="mb-6">
        <p className="text-sm text-slate-700">
          Your password and two-step verification.{" "}
          <Link href="/account/security" className="font-medium text-brand-700 hover:underline">
            Manage sign-in and security
          </Link>
        </p>
      </Card>
      <Card title="Email" className="mb-6">
        <EmailPreference initial={preference} />
      </Card>
      <Card title="Calendar feed" className="mb-6">
        <CalendarFeed baseUrl={baseUrl} createdAt={feed ? feed.createdAt.toISOString() : null} />
      </Card>
      <Card title="API tokens">
        <ApiTokens
          now={new Date().toISOString()}
          tokens={tokens.map((t) => ({
            id: t.id,
            name: t.name,
            createdAt: t.createdAt.toISOString(),
            expiresAt: t.expiresAt.toISOString(),
            revokedAt: t.revokedAt?.toISOString() ?? null,
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          }))}
        />
      </Card>
    </>
  );
}
