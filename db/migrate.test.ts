import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { ENGINES, createTestDatabase, rowsOf, type TestDatabase } from "@/tests/databases";
import { migrate } from "./migrate";

// Every migration drizzle-kit wrote, from its journal.
const MIGRATIONS = (JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] })
  .entries.length;

const TABLES = [
  "activities",
  "activity_clauses",
  "activity_date_parts",
  "activity_organisations",
  "activity_series",
  "activity_themes",
  "api_rate_limits",
  "api_tokens",
  "app_settings",
  "audit_events",
  "background_notes",
  "calendar_feeds",
  "email_outbox",
  "notifications",
  "organisations",
  "password_links",
  "plan_clause_continuations",
  "plan_clauses",
  "plan_editions",
  "plan_frameworks",
  "plan_sections",
  "record_state",
  "recovery_codes",
  "report_attachments",
  "report_reminders",
  "reports",
  "sign_in_throttles",
  "user_sessions",
  "users",
];

async function publicTables(database: TestDatabase): Promise<string[]> {
  const rows = rowsOf<{ table_name: string }>(
    await database.db.execute(
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    ),
  );
  return rows.map((r) => r.table_name);
}

// The tables whose changes alter no published record (accounts, sessions, notifications, the
// audit trail, throttles, tokens, settings, reminders): every other table raises the record's
// version (record_state), which the feeds' ETags and the values kept across requests trust.
const UNPUBLISHED = [
  "api_rate_limits",
  "api_tokens",
  "app_settings",
  "audit_events",
  "calendar_feeds",
  "email_outbox",
  "notifications",
  "password_links",
  "record_state",
  "recovery_codes",
  "report_reminders",
  "sign_in_throttles",
  "user_sessions",
  "users",
];

describe.each(ENGINES)("migrations on %s", (engine) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it("create every table on an empty database, then apply nothing twice", async () => {
    database = await createTestDatabase(engine, { migrate: false });
    expect(await migrate(database.db)).toBe(MIGRATIONS);
    expect(await publicTables(database)).toEqual(TABLES);
    expect(await migrate(database.db)).toBe(0);
  });

  it("raise the record's version on a change to every table a published record is made from", async () => {
    database = await createTestDatabase(engine, { migrate: true });
    const triggered = rowsOf<{ table: string }>(
      await database.db.execute(
        sql`SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE t.tgname = c.relname || '_record_state' ORDER BY 1`,
      ),
    ).map((r) => r.table);
    expect(triggered).toEqual(TABLES.filter((t) => !UNPUBLISHED.includes(t)));
  });
});

// Races show only on a server with real concurrent connections, never on PGlite.
describe.skipIf(!ENGINES.includes("postgres"))(
  "migrations on postgres, two instances starting together (PostgreSQL only: set TEST_DATABASE_URL)",
  () => {
    it("apply each migration once", async () => {
      const database = await createTestDatabase("postgres", { migrate: false });
      const second = await openDatabase({ engine: "postgres", url: database.url! });
      try {
        const applied = await Promise.all([migrate(database.db), migrate(second.db)]);
        expect(applied.sort()).toEqual([0, MIGRATIONS]);
        const rows = rowsOf<{ n: number }>(
          await database.db.execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`),
        );
        expect(rows[0]?.n).toBe(MIGRATIONS);
      } finally {
        await second.close();
        await database.close();
      }
    });
  },
);
