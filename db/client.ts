import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { lockDataDirectory } from "./pglite-lock";
import * as schema from "./schema";
import { processEnvironment } from "../lib/env";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside `db.transaction(...)`. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** What a read or write that may run inside a caller's transaction takes: the database or the transaction. */
export type Executor = Database | Tx;
export type Engine = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
}

export type DatabaseTarget = { engine: "postgres"; url: string } | { engine: "pglite"; dir: string };

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite directory. */
export function targetFromEnv(env: NodeJS.ProcessEnv = processEnvironment()): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL.");
    return { engine: "postgres", url };
  }
  return { engine: "pglite", dir: env.PGLITE_DIR?.trim() || "./.data/pglite" };
}

export interface OpenOptions {
  /** Sees every SQL statement: tests use it to prove a page's query count is fixed. */
  onQuery?: (query: string, params: unknown[]) => void;
}

/** Opens a new connection; callers that want the process-wide one use getDatabase(). */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  if (target.engine === "postgres") {
    const client = postgres(target.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres({ client, schema, logger }) as unknown as Database,
      engine: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  // "memory://" is a throw-away database for tests; it has no directory to lock.
  const release = target.dir.startsWith("memory://") ? () => {} : lockDataDirectory(target.dir);
  // A server stopped by a signal may exit before an async close finishes; the lock file
  // at least goes with the process (unlinking is synchronous).
  process.once("exit", release);
  try {
    const client = await PGlite.create(target.dir);
    return {
      db: drizzlePglite({ client, schema, logger }) as unknown as Database,
      engine: "pglite",
      close: async () => {
        await client.close();
        release();
        process.off("exit", release);
      },
    };
  } catch (error) {
    release();
    process.off("exit", release);
    throw error;
  }
}
