import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { recordState as recordStateTable } from "@/db/schema";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

/** Where the record stands: its version goes up with every committed change to it. */
export interface RecordState {
  version: number;
  /**
   * When it last changed, or null while that was under two seconds ago: a Last-Modified
   * has one-second precision, so a second change within the same second would carry the
   * same date and a client asking If-Modified-Since would keep the first. Read from the
   * database's clock, the same clock the triggers stamp with.
   */
  lastModified: Date | null;
}

/** One primary-key read, whatever the size of the record (the triggers keep the row). */
async function readRecordState(db?: Database): Promise<RecordState> {
  const [row] = await (db ?? (await getDatabase()))
    .select({
      version: recordStateTable.version,
      changedAt: recordStateTable.changedAt,
      settled: sql<boolean>`clock_timestamp() - ${recordStateTable.changedAt} > interval '2 seconds'`,
    })
    .from(recordStateTable)
    .where(eq(recordStateTable.id, 1));
  if (!row) throw new Error("record_state has no row: migration 0019 was not applied.");
  return { version: Number(row.version), lastModified: row.settled ? new Date(row.changedAt) : null };
}

/** The record's state for someone who may read activities (private feeds and exports). */
export async function recordState(user: SessionUser): Promise<RecordState> {
  assertCan(user, "activity:read");
  return readRecordState();
}

/**
 * The record's state for public feeds, read by anyone: it says only when the record last
 * changed, which the public pages show anyway, and nothing of what changed.
 */
export async function publicRecordState(): Promise<RecordState> {
  return readRecordState();
}

/**
 * `compute` kept in this process for as long as the record's version stays where it was when
 * it was computed: each call costs one primary-key read instead of `compute`'s queries. The
 * version is the database's, raised by its triggers on every committed change whichever
 * instance made it, so a value never outlives a change made elsewhere. Read before computing,
 * so a value is never older than the version it is kept under (a change committed in between
 * only makes the next call compute again). Kept per database, so that tests on several
 * databases in one process never share one.
 */
export function keptWhileRecordUnchanged<T>(compute: () => Promise<T>): () => Promise<T> {
  const kept = new WeakMap<Database, { version: number; value: Promise<T> }>();
  return async () => {
    const db = await getDatabase();
    const { version } = await readRecordState(db);
    const entry = kept.get(db);
    if (entry?.version === version) return entry.value;
    const value = compute();
    kept.set(db, { version, value });
    // A failed computation is not kept: the next call tries again.
    value.catch(() => {
      if (kept.get(db)?.value === value) kept.delete(db);
    });
    return value;
  };
}
