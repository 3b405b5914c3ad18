import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { ENGINES, createTestDatabase, rowsOf, type TestDatabase } from "@/tests/databases";
import { migrate } from "./migrate";

const TABLES = [
  "activities",
  "activity_clauses",
  "activity_organisations",
  "activity_themes",
  "audit_events",
  "background_notes",
  "calendar_feeds",
  "email_outbox",
  "notifications",
  "organisations",
  "plan_clauses",
  "plan_editions",
  "plan_sections",
  "report_attachments",
  "report_reminders",
  "reports",
  "sign_in_failures",
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
    expect(await migrate(database.db)).toBe(12);
    expect(await publicTables(database)).toEqual(TABLES);
    expect(await migrate(database.db)).toBe(0);
  });
});

// Races show only on a server with real concurrent connections, never on PGlite.
if (ENGINES.includes("postgres")) {
  describe("migrations on postgres, two instances starting together", () => {
    it("apply each migration once", async () => {
      const database = await createTestDatabase("postgres", { migrate: false });
      const second = await openDatabase({ engine: "postgres", url: database.url! });
      try {
        const applied = await Promise.all([migrate(database.db), migrate(second.db)]);
        expect(applied.sort()).toEqual([0, 12]);
        const rows = rowsOf<{ n: number }>(
          await database.db.execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`),
        );
        expect(rows[0]?.n).toBe(12);
      } finally {
        await second.close();
        await database.close();
      }
    });
  });
}
