import "server-only";
import { recordAudit, type AuditEntry } from "@/db/audit";
import type { Capability } from "@/lib/permissions";
import { assertCan } from "@/lib/dal/access";
import { auditingRefusals, type Subject } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { notify, type NotificationEvent } from "@/lib/dal/notifications/notify";
import { publicRecordChanged } from "@/lib/dal/public/changes";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import type { Tx } from "@/lib/dal/db";

/** What a write leaves besides itself, written in its own transaction after it succeeds. */
export interface WriteEffects {
  audit(...entries: AuditEntry[]): void;
  notify(event: NotificationEvent): void;
}

export interface Mutation {
  user: SessionUser;
  /** What the request tried to change: a refusal is audited under it. */
  subject: Subject;
  /** What the user's role must be able to do, checked before anything is read. */
  capability?: Capability;
  /** The write may change what the public register shows: its cache is dropped once committed. */
  publicRecord?: boolean;
}

/**
 * The one pipeline every guarded write goes through. It checks the role's capability, opens one
 * transaction, runs the write (which takes its row locks, asks the workflow table's guards,
 * checks the version and makes its conditional UPDATE), then records the write's audit events
 * and notifications in the same transaction, so that a rolled-back change leaves neither. A
 * refusal on the way (forbidden, not found) is audited outside the transaction, so it stays.
 * A write the public register shows drops the register's cache after it commits.
 */
export async function mutate<T>(
  { user, subject, capability, publicRecord }: Mutation,
  write: (tx: Tx, effects: WriteEffects) => Promise<T>,
): Promise<T> {
  return auditingRefusals(user, subject, async () => {
    if (capability) assertCan(user, capability);
    const db = await getDatabase();
    const result = await db.transaction(async (tx) => {
      const audit: AuditEntry[] = [];
      const notifications: NotificationEvent[] = [];
      const result = await write(tx, {
        audit: (...entries) => void audit.push(...entries),
        notify: (event) => void notifications.push(event),
      });
      await recordAudit(tx, audit);
      for (const event of notifications) await notify(tx, event);
      return result;
    });
    if (publicRecord) publicRecordChanged();
    return result;
  });
}
