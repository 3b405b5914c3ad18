import { getDatabase } from "@/db/database";
import { DirectoryInUseError } from "@/db/pglite-lock";
import { env, processEnvironment } from "@/lib/env";
import { reportingRefWarning } from "@/lib/iati/reporting-org";
import { stampSocketAddresses } from "@/lib/security/socket-address";

/**
 * Everything the server does once as it starts, in one place (instrumentation.ts calls it):
 * the start checks, opening, migrating (and in demo mode seeding) the database, the
 * notification worker, and warnings about the configuration.
 */
export async function boot(): Promise<void> {
  stampSocketAddresses();
  await prepareDatabase();
  const warning = reportingRefWarning();
  if (warning) console.warn(`Warning: ${warning}`);
}

/**
 * A production start refuses to run without a strong secret and its URL, or with demo
 * accounts outside demo mode, and says why in one line.
 */
async function prepareDatabase(): Promise<void> {
  const production = env().NODE_ENV === "production";
  const { configurationProblem, demoAccountsProblem } = await import("@/lib/security/start-checks");
  if (production) refuseIf(configurationProblem(processEnvironment()));
  try {
    const database = await getDatabase();
    if (production) {
      const { countDemoAccounts } = await import("@/db/demo-accounts");
      refuseIf(demoAccountsProblem(await countDemoAccounts(database), env().DEMO));
    }
    if (env().NOTIFICATIONS_WORKER) {
      const { startNotificationWorker } = await import("@/lib/notifications/scheduler");
      startNotificationWorker(console.error, { firstPassAtOnce: false });
    }
  } catch (error) {
    // Another process holds the embedded database: nothing this server could do would
    // work, so it stops at once with the reason rather than answering every request with 500.
    if (error instanceof DirectoryInUseError) refuseIf(error.message);
    // Anything else (PostgreSQL not up yet) may pass: /api/health reports 503 until it does.
    console.error("The database is not ready:", error instanceof Error ? error.message : error);
  }
}

function refuseIf(problem: string | null): void {
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
