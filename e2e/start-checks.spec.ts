import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// A production start (the build the other specs use) that must refuse, and say why in one line.

const PORT = 3190;
const NEXT = path.join("node_modules", "next", "dist", "bin", "next");

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const server = spawn(process.execPath, [NEXT, "start", "--port", String(PORT), "--hostname", "127.0.0.1"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NOTIFICATIONS_WORKER: "off", ...env },
    });
    let stderr = "";
    server.stderr.on("data", (chunk) => (stderr += chunk));
    // Up and healthy means it did not refuse: stop it and report that.
    const probe = setInterval(async () => {
      const up = await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) server.kill("SIGTERM");
    }, 250);
    server.on("exit", (code) => {
      clearInterval(probe);
      resolve({ code, stderr });
    });
  });
}

test("a production start refuses a weak secret, a missing URL, and demo accounts outside demo mode", async () => {
  test.setTimeout(90_000);
  const root = mkdtempSync(path.join(tmpdir(), "tracker-start-"));
  const good = {
    DATABASE_URL: "",
    PGLITE_DIR: path.join(root, "pglite"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
  };
  try {
    const weak = await start({ ...good, NEXTAUTH_SECRET: "too-short" });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("Refusing to start: NEXTAUTH_SECRET must be at least 32 bytes");

    const noUrl = await start({ ...good, NEXTAUTH_URL: "" });
    expect(noUrl.code).toBe(1);
    expect(noUrl.stderr).toContain("Refusing to start: NEXTAUTH_URL must be set");

    // Demo mode seeds the demo accounts and runs; without it, the same database is refused.
    const demo = await start({ ...good, DEMO: "1" });
    expect(demo.stderr).not.toContain("Refusing");
    const notDemo = await start({ ...good, DEMO: "0" });
    expect(notDemo.code).toBe(1);
    expect(notDemo.stderr).toMatch(/Refusing to start: \d+ demo account\(s\) with the published password exist/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
