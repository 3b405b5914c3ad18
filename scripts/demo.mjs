// npm run demo: the production build on http://localhost:3000 with the embedded database,
// seeded with the real record and the demo accounts (DEMO=1).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { startNextServer } from "./next-server.mjs";

// A secret kept across restarts, so that signing in survives restarting the demo.
function demoSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/demo-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first (npm run demo does both).");
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
console.log(`Demo: http://localhost:${port}  (sign in as admin@demo.test, password asean-un-demo)`);
const code = await startNextServer({
  port,
  env: {
    DEMO: "1",
    NEXTAUTH_SECRET: demoSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});
process.exit(code);
