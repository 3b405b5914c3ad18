import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { notifications, users } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// A user's own notifications: every function reads and changes only the acting user's.

export interface NotificationItem {
  id: string;
  title: string;
  body: string;
  href: string;
  createdAt: Date;
  read: boolean;
}

export const countUnread = cache(async (user: SessionUser): Promise<number> => {
  const db = await getDatabase();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
});

export async function listNotifications(user: SessionUser): Promise<NotificationItem[]> {
  const db = await getDatabase();
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, user.id))
    .orderBy(desc(notifications.createdAt))
    .limit(200);
  return rows.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    href: n.href,
    createdAt: n.createdAt,
    read: n.readAt !== null,
  }));
}

export async function markRead(user: SessionUser, id: string): Promise<void> {
  if (!isUuid(id)) return;
  const db = await getDatabase();
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id), isNull(notifications.readAt)));
}

export async function markAllRead(user: SessionUser): Promise<void> {
  const db = await getDatabase();
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
}

export const emailPreferenceSchema = z.object({ preference: z.enum(["immediate", "digest", "none"]) }).strict();

export async function getEmailPreference(user: SessionUser): Promise<"immediate" | "digest" | "none"> {
  const db = await getDatabase();
  const [row] = await db.select({ p: users.emailPreference }).from(users).where(eq(users.id, user.id));
  return row?.p ?? "immediate";
}

export async function setEmailPreference(user: SessionUser, input: unknown): Promise<void> {
  const { preference } = emailPreferenceSchema.parse(input);
  const db = await getDatabase();
  await db.update(users).set({ emailPreference: preference, updatedAt: new Date() }).where(eq(users.id, user.id));
}
