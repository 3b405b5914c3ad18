// Starting and stopping the servers the benchmark measures: the app as users run it
// (`next start` on the production build) and baseline B, with the time to the first 200
// of /api/health and the resident memory of the whole process tree.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Server {
  base: string;
  /** Milliseconds from spawning to the first 200 of the readiness URL. */
  readyMs: number;
  /** Resident memory of the process and its descendants, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** The app under measurement: it can be told to collect its garbage. */
export interface AppServer extends Server {
  /** A full collection in the app (bench/collect-garbage.cjs), then a moment for RSS to settle. */
  collectGarbage(): Promise<void>;
}

const GARBAGE_COLLECTION = ["--expose-gc", "--require", path.join(process.cwd(), "bench", "collect-garbage.cjs")];

function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 2nd field after the parenthesised command name.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...(parents.get(all[i]!) ?? []));
  return all;
}

export function treeRssMb(pid: number): number {
  let kb = 0;
  for (const p of descendants(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

async function waitFor200(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (code ${child.exitCode})`);
    const ok = await fetch(url)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    });
}

/** `next start` on the production build; logs go to `log`. */
export async function startApp(options: {
  port: number;
  env: Record<string, string>;
  log: string;
  /** Another Next.js project than the app (F, bench/floor), and the path that answers 200 once it is up. */
  project?: { dir: string; ready: string };
}): Promise<AppServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const out = openSync(options.log, "a");
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...GARBAGE_COLLECTION,
      next,
      "start",
      ...(options.project ? [options.project.dir] : []),
      "--port",
      String(options.port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      stdio: ["ignore", out, out],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: base, ...options.env },
    },
  );
  const stop = stopper(child);
  try {
    await waitFor200(`${base}${options.project?.ready ?? "/api/health"}`, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const collectGarbage = async () => {
    child.kill("SIGUSR2");
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  return { base, readyMs: performance.now() - started, rssMb: () => treeRssMb(child.pid!), stop, collectGarbage };
}

/** Baseline B (bench/baseline.mjs) on the plan of captured statements. */
export async function startBaseline(options: { port: number; databaseUrl: string; plan: string }): Promise<Server> {
  const started = performance.now();
  const child = fork(path.join(process.cwd(), "bench", "baseline.mjs"), [options.plan], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl, PORT: String(options.port) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`baseline exited (code ${code})`)));
  });
  return {
    base: `http://127.0.0.1:${options.port}`,
    readyMs: performance.now() - started,
    rssMb: () => treeRssMb(child.pid!),
    stop: stopper(child),
  };
}
