import { queueDigests, runReminders } from "@/lib/dal/notifications/daily-jobs";
import { mailerFromEnv, sendDueEmails } from "@/lib/dal/notifications/outbox";

const SEND_EVERY_MS = 30_000;
const DAILY_JOBS_EVERY_MS = 60 * 60_000;

/**
 * The notification worker: sends the outbox every 30 seconds, and each hour runs the
 * reminders and digests (both idempotent, so running hourly sends each once a day).
 * Runs inside the server unless NOTIFICATIONS_WORKER=off (then `npm run worker` does it).
 */
export function startNotificationWorker(
  log: (message: string) => void = console.error,
  /**
   * Inside the server the first pass waits one interval: over a record never reminded before
   * it took 18 s on 2,000 activities, and on PGlite every request of a fresh start waited
   * behind it (bench: start-up 7.4 s). The standalone worker starts at once.
   */
  { firstPassAtOnce = true }: { firstPassAtOnce?: boolean } = {},
): () => void {
  const mailer = mailerFromEnv();
  let running = false;
  let lastDaily = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendDueEmails(mailer);
      if (Date.now() - lastDaily >= DAILY_JOBS_EVERY_MS) {
        lastDaily = Date.now();
        await runReminders();
        await queueDigests();
      }
    } catch (error) {
      log(`Notifications: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), SEND_EVERY_MS);
  timer.unref();
  if (firstPassAtOnce) void tick();
  return () => clearInterval(timer);
}
