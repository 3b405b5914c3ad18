import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { emailOutbox, users } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { escapeHtml } from "@/lib/notifications/email";
import type { Executor } from "@/lib/dal/db";

// Emails about the account itself: password links, and notice of every change to how the
// user signs in, so that a change they did not make does not go unnoticed. Queued in the
// change's transaction; the worker sends them (or writes them to .data/mail).

export interface AccountEmail {
  userId: string;
  subject: string;
  /** What happened, addressed to the user by name ("{name}, ..."). */
  lead: (name: string) => string;
  link?: { path: string; label: string; note: string };
  /** Makes the message unique; a fresh one when omitted. */
  key?: string;
}

export async function queueAccountEmail(tx: Executor, email: AccountEmail): Promise<void> {
  const [user] = await tx
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, email.userId));
  if (!user) return;
  const lead = email.lead(user.name);
  const url = email.link ? `${appUrl()}${email.link.path}` : null;
  const text = [lead, url && email.link ? `${email.link.label} ${email.link.note}:\n${url}` : null]
    .filter(Boolean)
    .join("\n\n");
  const html = [
    `<p>${escapeHtml(lead)}</p>`,
    url && email.link
      ? `<p><a href="${escapeHtml(url)}">${escapeHtml(email.link.label)}</a> ${escapeHtml(email.link.note)}.</p>`
      : "",
  ].join("");
  await tx.insert(emailOutbox).values({
    idempotencyKey: `account:${email.key ?? randomUUID()}`,
    userId: email.userId,
    toAddress: user.email,
    subject: email.subject,
    text: `${text}\n`,
    html,
  });
}

/** Notice of a change to how the user signs in. */
export function securityNotice(userId: string, change: string): AccountEmail {
  return {
    userId,
    subject: "Your sign-in settings changed",
    lead: (name) =>
      `${name}, ${change} on your ASEAN-UN Cooperation Tracker account. If this was not you, tell an administrator at once.`,
  };
}
