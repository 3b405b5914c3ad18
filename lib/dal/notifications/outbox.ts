import "server-only";
import { and, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { emailOutbox, users } from "@/db/schema";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { env, processEnvironment } from "@/lib/env";

// Sends the outbox over SMTP (nodemailer, maintained). Several workers may run against one
// PostgreSQL: each claims rows with FOR UPDATE SKIP LOCKED, so a message goes out once.

const BATCH = 20;
const GIVE_UP_AFTER_MS = 5 * 86_400_000;
const STALE_CLAIM_MS = 10 * 60_000;
export const FROM = env().MAIL_FROM;

export interface Mailer {
  send(message: { to: string; subject: string; text: string; html: string; messageId: string }): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise each message is written to ./.data/mail as an .eml file. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = processEnvironment()): Mailer {
  if (env.SMTP_URL) return smtpMailer(nodemailer.createTransport(env.SMTP_URL));
  const dir = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.MAIL_DIR ?? ".data/mail");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: FROM, ...message });
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${message.messageId.replace(/[^\w.-]+/g, "_")}.eml`), info.message as Buffer);
    },
  };
}

export function smtpMailer(transport: Transporter): Mailer {
  return {
    async send(message) {
      await transport.sendMail({ from: FROM, ...message });
    },
  };
}

/** Back-off between attempts: 1, 2, 4 ... minutes, at most an hour. */
const backoff = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/** Claims the due messages (and ones a crashed worker left claimed), sends them, records each outcome. */
export async function sendDueEmails(
  mailer: Mailer,
  now = new Date(),
): Promise<{ sent: number; retried: number; failed: number; skipped: number }> {
  const db = await getDatabase();
  const due = or(
    and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now)),
    and(eq(emailOutbox.status, "sending"), lt(emailOutbox.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
  );
  const claimed = await db.transaction(async (tx) => {
    const ids = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(due)
      .orderBy(emailOutbox.createdAt)
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (ids.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ status: "sending", claimedAt: now })
      .where(
        inArray(
          emailOutbox.id,
          ids.map((r) => r.id),
        ),
      )
      .returning();
  });
  const outcome = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  for (const message of claimed) {
    const [recipient] = await db.select({ active: users.active }).from(users).where(eq(users.id, message.userId));
    if (!recipient?.active) {
      await db
        .update(emailOutbox)
        .set({ status: "skipped", lastError: "recipient deactivated" })
        .where(eq(emailOutbox.id, message.id));
      outcome.skipped++;
      continue;
    }
    try {
      await mailer.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${message.idempotencyKey}@asean-un-tracker>`,
      });
      await db.update(emailOutbox).set({ status: "sent", sentAt: now }).where(eq(emailOutbox.id, message.id));
      outcome.sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      const giveUp = now.getTime() - message.createdAt.getTime() > GIVE_UP_AFTER_MS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? "failed" : "pending",
          attempts,
          nextAttemptAt: new Date(now.getTime() + backoff(attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
        })
        .where(eq(emailOutbox.id, message.id));
      outcome[giveUp ? "failed" : "retried"]++;
    }
  }
  return outcome;
}

/** Messages the outbox gave up on, for administrators to see. */
export async function failedEmails(user: SessionUser) {
  assertCan(user, "mail:admin");
  const db = await getDatabase();
  return db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      error: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "failed"))
    .orderBy(sql`${emailOutbox.createdAt} DESC`)
    .limit(100);
}
