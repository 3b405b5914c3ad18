import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rowsOf } from "@/tests/databases";

// A checksum of every row of every table, to prove a refused call changed nothing. Left out:
// the tables a refusal writes to by design (the append-only audit trail records it; the read
// API's rate limit counts every request, refused or not).
const WRITTEN_BY_REFUSALS = new Set(["audit_events", "api_rate_limits"]);

export type Checksums = Map<string, string>;

let query: string | undefined;

export async function checksums(db: Database): Promise<Checksums> {
  if (!query) {
    const tables = rowsOf<{ name: string }>(
      await db.execute(
        sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      ),
    )
      .map((t) => t.name)
      .filter((name) => !WRITTEN_BY_REFUSALS.has(name));
    query = tables
      .map(
        (name) =>
          `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
      )
      .join(" UNION ALL ");
  }
  const rows = rowsOf<{ name: string; sum: string }>(await db.execute(sql.raw(query)));
  return new Map(rows.map((r) => [r.name, r.sum]));
}

/** The tables whose rows differ. */
export function changedTables(before: Checksums, after: Checksums): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}
