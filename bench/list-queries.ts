// npx tsx --conditions=react-server bench/list-queries.ts
// Times the list page's data-layer work (listActivities: count, page ids, details) for
// each filter on a fresh PGlite and a fresh PostgreSQL database holding the record plus
// 20,000 synthetic activities. TEST_DATABASE_URL names the PostgreSQL server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../db/client";
import { provideDatabase } from "../db/database";
import { migrate } from "../db/migrate";
import { seedRecord } from "../db/seed/seed";
import { addSyntheticActivities } from "../db/seed/synthetic";
import { listActivities } from "../lib/dal/activities/list";
import { parseActivityFilters } from "../lib/validation/activity-filters";

const FILTERS: Record<string, Record<string, string>> = {
  "first page": {},
  "deep page (150)": { page: "150" },
  "status=completed": { status: "completed" },
  "year=2018": { year: "2018" },
  "org=UNICEF": { org: "UNICEF" },
  "theme+org+year": { theme: "childrens_rights", org: "UNICEF", year: "2018" },
  "q=water sanitation": { q: "water sanitation" },
};
const RUNS = 40;
const viewer = {
  id: "00000000-0000-4000-8000-000000000001",
  role: "viewer" as const,
  name: "Bench",
  email: "b@x",
  organisation: null,
};

async function prepare(handle: DatabaseHandle) {
  await migrate(handle.db);
  await seedRecord(handle.db, { demoUsers: false });
  await addSyntheticActivities(handle.db, 20_000);
  provideDatabase(handle);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function time(label: string) {
  const rows: string[] = [];
  for (const [name, params] of Object.entries(FILTERS)) {
    const { filters } = parseActivityFilters(params);
    for (let i = 0; i < 5; i++) await listActivities(viewer, filters);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await listActivities(viewer, filters);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${label} | ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`);
  }
  return rows;
}

async function main() {
  const out = ["| engine | list | p50 ms | p95 ms |", "|---|---|---|---|"];
  const dir = mkdtempSync(path.join(tmpdir(), "bench-pglite-"));
  const lite = await openDatabase({ engine: "pglite", dir: path.join(dir, "db") });
  await prepare(lite);
  out.push(...(await time("PGlite")));
  await lite.close();
  rmSync(dir, { recursive: true, force: true });

  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `bench_${Date.now()}`;
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const pg = await openDatabase({ engine: "postgres", url: url.toString() });
    await prepare(pg);
    await pg.db.execute(sql`VACUUM ANALYZE`);
    out.push(...(await time("PostgreSQL")));
    await pg.close();
    await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
  console.log(out.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
