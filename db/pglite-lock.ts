import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

// PGlite runs Postgres inside this process: a second process opening the same data
// directory does not fail, it hangs or corrupts it. A lock file beside the directory,
// holding the owner's pid, turns that into an immediate, explained refusal.

export class DirectoryInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database at ${dir} is already open in another process (pid ${pid}). ` +
        `PGlite allows one process per directory: stop that process, or set PGLITE_DIR to another directory.`,
    );
    this.name = "DirectoryInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the directory for this process; returns the function that gives it back. */
export function lockDataDirectory(dir: string): () => void {
  const absolute = path.resolve(dir);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const lockPath = `${absolute}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockPath)) {
      return () => {
        if (readOwner(lockPath) === process.pid) unlinkSync(lockPath);
      };
    }
    const owner = readOwner(lockPath);
    // This very process counts too: two PGlite instances on one directory corrupt it.
    if (owner !== null && isAlive(owner)) throw new DirectoryInUseError(absolute, owner);
    // Left behind by a process that died without cleaning up: take it over.
    unlinkSync(lockPath);
  }
  throw new Error(`Could not lock ${absolute}: ${lockPath} keeps reappearing.`);
}
