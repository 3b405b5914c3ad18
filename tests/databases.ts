import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle, type Engine, type OpenOptions } from "@/db/client";
import { migrate } from "@/db/migrate";

// Every data-layer test runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL names
// a server. Each test file gets a database of its own, created fresh and dropped after.
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL: the URL of this test's own database (to open more connections). */
  url?: string;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A new, empty database on the engine; migrated unless told otherwise. */
export async function createTestDatabase(
  engine: Engine,
  options: OpenOptions & { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let handle: TestDatabase;
  if (engine === "pglite") {
    handle = await openDatabase({ engine: "pglite", dir: "memory://" }, options);
  } else {
    const name = `tracker_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
    const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = withDatabase(serverUrl(), name);
    const opened = await openDatabase({ engine: "postgres", url }, options);
    handle = {
      ...opened,
      url,
      close: async () => {
        await opened.close();
        const dropper = postgres(serverUrl(), { max: 1, onnotice: () => {} });
        await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  if (options.migrate !== false) await migrate(handle.db);
  return handle;
}

/** The rows of a raw execute(): postgres.js returns them as they are, PGlite inside an object. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
