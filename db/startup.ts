import { getDatabase } from "./database";
import { DirectoryInUseError } from "./pglite-lock";

/** Opens, migrates (and in demo mode seeds) the database as the server starts. */
export async function prepareDatabase(): Promise<void> {
  try {
    await getDatabase();
    if (process.env.NOTIFICATIONS_WORKER !== "off") {
      const { startNotificationWorker } = await import("../lib/notifications/scheduler");
      startNotificationWorker();
    }
  } catch (error) {
    // Another process holds the embedded database: nothing this server could do would
    // work, so it stops at once with the reason rather than answering every request with 500.
    if (error instanceof DirectoryInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    // Anything else (PostgreSQL not up yet) may pass: /api/health reports 503 until it does.
    console.error("The database is not ready:", error instanceof Error ? error.message : error);
  }
}
