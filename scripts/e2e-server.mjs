// The server the end-to-end tests run against: the production build, in demo mode, on a
// PGlite directory of its own that is removed afterwards, so every run starts fresh.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startNextServer } from "./next-server.mjs";

const root = mkdtempSync(path.join(tmpdir(), "tracker-e2e-"));
const port = Number(process.env.E2E_PORT ?? 3100);
const code = await startNextServer({
  port,
  env: {
    DEMO: "1",
    DATABASE_URL: "",
    PGLITE_DIR: path.join(root, "pglite"),
    MAIL_DIR: path.join(root, "mail"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  },
});
rmSync(root, { recursive: true, force: true });
process.exit(code);
