import { env } from "../lib/env";
import { openDatabase, targetFromEnv, type Database, type DatabaseHandle } from "./client";
import { migrate } from "./migrate";
import { seedRecord } from "./seed/seed";

// One database per process, kept on globalThis so that hot reload in development does
// not open a second PGlite on the same directory (which would be refused by its lock).
const holder = globalThis as typeof globalThis & { __appDatabase?: Promise<DatabaseHandle> };

/** The process-wide database, migrated (and, in demo mode, seeded) before first use. */
export function getDatabase(): Promise<Database> {
  holder.__appDatabase ??= start().catch((error: unknown) => {
    holder.__appDatabase = undefined; // let the next request try again (a database that was down may be up)
    throw error;
  });
  return holder.__appDatabase.then((handle) => handle.db);
}

async function start(): Promise<DatabaseHandle> {
  const handle = await openDatabase(targetFromEnv());
  try {
    await migrate(handle.db);
    if (env().DEMO) await seedRecord(handle.db, { demoUsers: true });
  } catch (error) {
    await handle.close();
    throw error;
  }
  closeOnShutdown(handle);
  return handle;
}

function closeOnShutdown(handle: DatabaseHandle): void {
  const close = (signal: NodeJS.Signals) => {
    handle.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
}

/** Makes an already opened (and migrated) database the process-wide one: for tests and scripts. */
export function provideDatabase(handle: DatabaseHandle): void {
  holder.__appDatabase = Promise.resolve(handle);
}
