import type { Metadata } from "next";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listNotifications } from "@/lib/dal/notifications/inbox";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const items = await listNotifications(user);
  return (
    <>
      <PageHeader title="Notifications" description="What happened to entries you are involved in." />
      {items.length === 0 ? (
        <EmptyState title="No notifications yet.">
          You hear here when something you are involved in moves on.
        </EmptyState>
      ) : (
        <NotificationList items={items.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }))} />
      )}
    </>
  );
}
