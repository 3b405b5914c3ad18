// npm run worker: the notification worker on its own, for deployments on PostgreSQL whose
// web instances run with NOTIFICATIONS_WORKER=off. (With the embedded database the server
// runs it itself: PGlite admits one process.) Stops on Ctrl-C.
import { getDatabase } from "../db/database";
import { startNotificationWorker } from "../lib/notifications/scheduler";

async function main() {
  await getDatabase();
  const stop = startNotificationWorker((message) => console.error(message));
  console.log("Notification worker running: sending the outbox every 30 s, reminders and digests hourly.");
  setInterval(() => undefined, 1 << 30); // keep the process alive; the worker's timer is unref'd
  process.once("SIGINT", () => {
    stop();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
