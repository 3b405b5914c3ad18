import { sql } from "drizzle-orm";
import { bigint, check, pgTable, smallint, timestamp } from "drizzle-orm/pg-core";

// The record's change state: one row whose version goes up, in the same transaction, with
// every write to the tables the feeds, exports and notes are made from (triggers in migration
// 0019 keep it, so no write path can forget it, deletions and publication flags included).
// Polling clients compare against it with one primary-key read instead of a render.
export const recordState = pgTable(
  "record_state",
  {
    id: smallint("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(1),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("record_state_one_row", sql`${table.id} = 1`)],
);
