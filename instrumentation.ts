// Runs once when the server starts: migrate (and, in demo mode, seed) before the first
// request, so that the first visitor does not wait for it and a broken database shows at once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("./db/database");
  const { DirectoryInUseError } = await import("./db/pglite-lock");
  try {
    await getDatabase();
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
