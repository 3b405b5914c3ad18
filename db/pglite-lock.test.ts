import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { DirectoryInUseError } from "./pglite-lock";

// A second process on the same directory must fail at once: a hang would hit this timeout.
function openInAnotherProcess(dir: string) {
  const child = spawnSync(process.execPath, ["--import", "tsx", "tests/open-pglite.ts", dir], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("the lock on a PGlite directory", () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "tracker-lock-"));
    dir = path.join(root, "pglite");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("refuses a second process at once, with a message that says what to do", async () => {
    const handle = await openDatabase({ engine: "pglite", dir });
    try {
      const second = openInAnotherProcess(dir);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(
        `The embedded database at ${dir} is already open in another process (pid ${process.pid})`,
      );
      expect(second.stderr).toContain("set PGLITE_DIR to another directory");
    } finally {
      await handle.close();
    }
  });

  it("refuses a second instance in the same process", async () => {
    const handle = await openDatabase({ engine: "pglite", dir });
    try {
      await expect(openDatabase({ engine: "pglite", dir })).rejects.toBeInstanceOf(DirectoryInUseError);
    } finally {
      await handle.close();
    }
  });

  it("is given back on close, so the next process opens the directory", async () => {
    const handle = await openDatabase({ engine: "pglite", dir });
    await handle.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    expect(openInAnotherProcess(dir)).toMatchObject({ status: 0, stdout: "opened and closed\n" });
  });

  it("is taken over when the process that held it died", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(`${dir}.lock`, dead.stdout);
    const handle = await openDatabase({ engine: "pglite", dir });
    await handle.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
