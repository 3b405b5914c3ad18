import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { failedEmails } from "@/lib/dal/notifications/outbox";

export const metadata: Metadata = { title: "Undelivered email" };

export default async function MailPage() {
  const user = await requireCapability("mail:admin");
  const failed = await failedEmails(user);
  return (
    <>
      <PageHeader
        title="Undelivered email"
        description="Messages the mail server refused for five days: the outbox stopped trying. Their notifications are in the app."
      />
      {failed.length === 0 ? (
        <EmptyState title="Every message was delivered." />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100 text-sm">
            {failed.map((m) => (
              <li key={m.id} className="py-2">
                <p className="font-medium">{m.subject}</p>
                <p className="text-slate-600">
                  To {m.to}, queued <LocalTime iso={m.createdAt.toISOString()} />: {m.error ?? "no reason given"}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
