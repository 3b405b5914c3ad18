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
