// npm run db:seed:bulk -- 20000   adds synthetic activities (for speed and load tests)
// npm run db:seed:bulk -- --remove   removes them again; the real record stays.
import { openDatabase, targetFromEnv } from "../client";
import { migrate } from "../migrate";
import { addSyntheticActivities, removeSyntheticActivities } from "./synthetic";

async function main() {
  const arg = process.argv[2] ?? "20000";
  const handle = await openDatabase(targetFromEnv());
  try {
    await migrate(handle.db);
    if (arg === "--remove") {
      console.log(`Removed ${await removeSyntheticActivities(handle.db)} synthetic activities.`);
      return;
    }
    const count = Number(arg);
    if (!Number.isInteger(count) || count < 1 || count > 200_000)
      throw new Error("Give a number of activities from 1 to 200000.");
    const started = Date.now();
    let done = 0;
    for (; done < count; done += 5000) {
      await addSyntheticActivities(handle.db, Math.min(5000, count - done), 2026 + done);
      console.log(`… ${Math.min(done + 5000, count)} of ${count}`);
    }
    console.log(`Added ${count} synthetic activities in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  // drizzle's message repeats the whole statement; the database's own reason is its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(cause instanceof Error ? cause.message : cause);
  process.exit(1);
});
