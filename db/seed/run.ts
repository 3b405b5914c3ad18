// npm run db:seed: loads the record of the Background Note (and, with DEMO=1, the demo
// accounts) into the database the environment names. Safe to run again.
import { openDatabase, targetFromEnv } from "../client";
import { migrate } from "../migrate";
import { seedRecord } from "./seed";

async function main() {
  const target = targetFromEnv();
  const handle = await openDatabase(target);
  try {
    const migrated = await migrate(handle.db);
    const added = await seedRecord(handle.db, { demoUsers: process.env.DEMO === "1" });
    const where = target.engine === "postgres" ? "PostgreSQL" : `PGlite at ${target.dir}`;
    console.log(
      `Seeded ${where}: ${migrated} migrations applied; added ${added.organisations} organisations, ` +
        `${added.clauses} clauses, ${added.activities} activities, ${added.users} demo accounts.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
