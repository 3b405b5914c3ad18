// Runs once when the server starts: migrate (and, in demo mode, seed) before the first
// request, so that the first visitor does not wait for it and a broken database shows at once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/startup");
  await prepareDatabase();
}
