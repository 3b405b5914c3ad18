// npm run bench          the full benchmark of issue 7 (about 12 minutes on 2 cores):
//                        writes bench/RESULTS.md
// npm run bench:smoke    a ~30-second load on 2,000 synthetic activities, on the existing
//                        build, for CI: writes .test-results/bench-smoke.{md,json}
// Options: --no-build (use the existing .next), --keep (keep the temp directory and logs).
// PostgreSQL: TEST_DATABASE_URL or BENCH_DATABASE_URL names the server (default
// postgres://postgres@127.0.0.1:5432/postgres); a fresh database is made and dropped.
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "../db/client";
import { captureListSql } from "./capture";
import { lighthouse } from "./lighthouse";
import { BENCH_EMAIL, freshPostgres, makeFixtures, seed, targetEnv, type Fixtures } from "./prepare";
import { table, verdicts, writeResults, type LoadStat, type Results, type Row, type Single } from "./report";
import { startApp, startBaseline, type AppServer, type Server } from "./servers";

const args = new Set(process.argv.slice(2));
const SMOKE = args.has("--smoke");
const CONFIG = SMOKE
  ? {
      synthetic: 2000,
      deepPage: 30,
      runSeconds: 1.5,
      rounds: 1,
      warmSeconds: 0.5,
      singles: 2,
      heavyRounds: 1,
      requests: 0,
    }
  : {
      synthetic: 20_000,
      deepPage: 300,
      runSeconds: 8,
      rounds: 2,
      warmSeconds: 3,
      singles: 5,
      heavyRounds: 2,
      requests: 10_000,
    };
const CONNECTIONS = 10;
const PORTS = { app: 3210, baseline: 3211, pglite: 3212, first: 3213 };

interface Scenario {
  key: string;
  label: string;
  path: (f: Fixtures) => string;
  /** The list's query string, for baseline B. */
  list?: string;
  /** Seconds a request: runs are a number of requests rather than a duration. */
  heavy?: boolean;
}

const listScenario = (key: string, label: string, query: string): Scenario => ({
  key,
  label,
  path: () => `/activities${query ? `?${query}` : ""}`,
  list: query,
});

const SCENARIOS: Scenario[] = [
  listScenario("list", "list, first page", ""),
  listScenario("deep", `list, page ${CONFIG.deepPage}`, `page=${CONFIG.deepPage}`),
  listScenario("filtered", "list, filtered (org + year)", "org=UNICEF&year=2018"),
  listScenario("search", 'search "trafficking"', "q=trafficking"),
  { key: "activity", label: "activity page", path: (f) => `/activities/${f.activityId}` },
  { key: "ics", label: "ICS feed (all)", path: (f) => `/calendar.ics?token=${f.feedToken}`, heavy: true },
  { key: "csv", label: "CSV export (all)", path: () => "/activities/export.csv", heavy: true },
  {
    key: "note",
    label: "background note 2009-2030",
    path: (f) => `/reports/background-note/${f.noteId}`,
    heavy: true,
  },
];
const SINGLES = ["csv", "note"];
const PGLITE_SCENARIOS = ["list", "search"];
const LIGHTHOUSE_PAGES: Array<[string, (f: Fixtures) => string]> = [
  ["dashboard", () => "/"],
  ["list", () => "/activities"],
  ["activity page", (f) => `/activities/${f.activityId}`],
  ["new-activity form", () => "/activities/new"],
];

/** The load process: a child of its own, driven over IPC. */
function loadProcess() {
  const child: ChildProcess = fork(path.join(process.cwd(), "bench", "load.mjs"), [], { stdio: "inherit" });
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on("message", ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(id)!;
    pending.delete(id);
    if (error) p.reject(new Error(error));
    else p.resolve(result);
  });
  const call = <T>(job: Record<string, unknown>) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, ...job });
    });
  return {
    signIn: (base: string) => call<string>({ job: "signIn", base, email: BENCH_EMAIL }),
    run: (job: { url: string; cookie?: string; connections?: number; duration?: number; amount?: number }) =>
      call<LoadStat & { times: number[] }>({ job: "load", connections: CONNECTIONS, ...job }),
    stop: () => child.kill(),
  };
}

type Load = ReturnType<typeof loadProcess>;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** Several runs of one scenario as one: requests over the time they took, percentiles of every response. */
function merge(runs: Array<LoadStat & { times: number[] }>): LoadStat {
  const times = runs.flatMap((r) => r.times).sort((a, b) => a - b);
  const requests = times.length;
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bytesPerResponse: runs.reduce((s, r) => s + r.bytesPerResponse * r.requests, 0) / Math.max(1, requests),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * A few requests one at a time, each with the app's peak RSS while it ran, measured from
 * the RSS after a full collection just before it: what the request itself needed, not
 * the garbage of earlier requests that V8 had not collected yet (which made the same
 * export read 5.7 MB in one run and 111.5 MB in the next).
 */
async function single(
  load: Load,
  app: AppServer,
  scenario: { url: string; label: string },
  cookie: string,
  check: (stat: LoadStat, what: string) => void,
): Promise<Omit<Single, "key" | "label">> {
  const times: number[] = [];
  let rssGrowthMb = 0;
  for (let i = 0; i < CONFIG.singles; i++) {
    await app.collectGarbage();
    const one = await sampleRss(app, () => load.run({ url: scenario.url, cookie, connections: 1, amount: 1 }));
    check(one.result, `${scenario.label}, one request (${i + 1} of ${CONFIG.singles})`);
    times.push(...one.result.times);
    rssGrowthMb = Math.max(rssGrowthMb, one.growthMb);
  }
  times.sort((a, b) => a - b);
  return { maxMs: times.at(-1)!, p50Ms: percentile(times, 50), rssGrowthMb };
}

/** Runs `work` while sampling the app's RSS: its result and the peak over the RSS before. */
async function sampleRss<T>(app: AppServer, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = app.rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, app.rssMb())), 50);
  try {
    const result = await work();
    return { result, growthMb: Math.max(peak, app.rssMb()) - before };
  } finally {
    clearInterval(sampler);
  }
}

/** What failed in the full run, printed with the table. */
const failures: string[] = [];

interface EngineRun {
  rows: Row[];
  singles: Single[];
  memory: Results["memory"];
  lighthouse: Results["lighthouse"];
}

/** Warm-up, then each scenario in rounds, app and B alternating; memory; Lighthouse. */
async function measure(options: {
  engine: string;
  app: AppServer;
  baseline: Server | null;
  fixtures: Fixtures;
  load: Load;
  scenarios: Scenario[];
  full: boolean;
  workDir: string;
}): Promise<EngineRun> {
  const { app, baseline, fixtures, load, engine } = options;
  const cookie = await load.signIn(app.base);
  const url = (s: Scenario) => `${app.base}${s.path(fixtures)}`;
  const bUrl = (s: Scenario) => `${baseline!.base}/${s.key}`;
  // The smoke (a test) stops at the first failed request; the full run records failures
  // (timeouts are a result too) in the table's errors column and goes on.
  const check = (stat: LoadStat, what: string) => {
    const line = `${what}: ${stat.requests} responses, ${stat.rps.toFixed(1)} req/s, p95 ${stat.p95?.toFixed(0)} ms, ${stat.non2xx} not 2xx, ${stat.errors} errors`;
    log(line);
    if (stat.non2xx > 0 || stat.errors > 0 || stat.requests === 0) {
      if (SMOKE) throw new Error(line);
      failures.push(line);
    }
  };
  log(`${engine}: warm-up`);
  for (const s of options.scenarios) {
    // First a request per connection, waited for: a cold page's first render can outlast a
    // short timed warm-up, whose unfinished requests count for nothing.
    check(await load.run({ url: url(s), cookie, amount: CONNECTIONS }), `${s.label} (warm-up)`);
    if (!s.heavy) await load.run({ url: url(s), cookie, duration: CONFIG.warmSeconds });
    if (baseline && s.list !== undefined) await load.run({ url: bUrl(s), duration: CONFIG.warmSeconds });
  }
  const afterWarmupMb = app.rssMb();
  let served = 0;
  const singles: Single[] = [];
  if (options.full) {
    for (const s of options.scenarios.filter((x) => SINGLES.includes(x.key))) {
      log(`${engine}: ${s.label}, one request at a time`);
      singles.push({
        key: s.key,
        label: s.label,
        ...(await single(load, app, { url: url(s), label: s.label }, cookie, check)),
      });
      served += CONFIG.singles;
    }
  }
  const appRuns = new Map<string, Array<LoadStat & { times: number[] }>>();
  const bRuns = new Map<string, Array<LoadStat & { times: number[] }>>();
  for (let round = 1; round <= CONFIG.rounds; round++) {
    for (const s of options.scenarios) {
      log(`${engine}: ${s.label}, round ${round}`);
      // The smoke is a test, not a measurement: a fixed number of requests that must all answer,
      // however slow a shared machine is (a timed window could close before any response).
      const size = s.heavy
        ? { amount: CONNECTIONS * CONFIG.heavyRounds }
        : SMOKE
          ? { amount: CONNECTIONS * 2 }
          : { duration: CONFIG.runSeconds };
      const stat = await load.run({ url: url(s), cookie, ...size });
      check(stat, s.label);
      served += stat.requests;
      appRuns.set(s.key, [...(appRuns.get(s.key) ?? []), stat]);
      if (baseline && s.list !== undefined) {
        const b = await load.run({
          url: bUrl(s),
          ...(SMOKE ? { amount: CONNECTIONS * 2 } : { duration: CONFIG.runSeconds }),
        });
        check(b, `B ${s.label}`);
        bRuns.set(s.key, [...(bRuns.get(s.key) ?? []), b]);
      }
    }
  }
  const rows = options.scenarios.map((s) => ({
    key: s.key,
    label: s.label,
    engine,
    app: merge(appRuns.get(s.key)!),
    b: bRuns.has(s.key) ? merge(bRuns.get(s.key)!) : undefined,
  }));
  let memory: Results["memory"] = null;
  if (options.full) {
    if (served < CONFIG.requests) {
      log(`${engine}: ${CONFIG.requests - served} more requests of the list to reach ${CONFIG.requests}`);
      const list = options.scenarios.find((s) => s.key === "list")!;
      const stat = await load.run({ url: url(list), cookie, amount: CONFIG.requests - served });
      check(stat, "list (memory)");
      served += stat.requests;
    }
    memory = { afterWarmupMb, afterRequestsMb: app.rssMb(), requests: served };
  }
  const lighthouseResults: Results["lighthouse"] = [];
  if (options.full) {
    for (const [page, pagePath] of LIGHTHOUSE_PAGES) {
      log(`${engine}: Lighthouse ${page}`);
      lighthouseResults.push({ page, ...lighthouse(`${app.base}${pagePath(fixtures)}`, cookie, options.workDir) });
    }
  }
  return { rows, singles, memory, lighthouse: lighthouseResults };
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

function commit(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout.trim();
  return dirty ? `${head} (with uncommitted changes)` : head;
}

async function main() {
  const started = performance.now();
  const server =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    (SMOKE ? undefined : "postgres://postgres@127.0.0.1:5432/postgres");
  const work = mkdtempSync(path.join(tmpdir(), "tracker-bench-"));
  mkdirSync(path.join(work, "mail"));
  const secret = randomBytes(32).toString("base64url");
  const appEnv = (target: DatabaseTarget) => ({
    ...targetEnv(target),
    DEMO: "1",
    NEXTAUTH_SECRET: secret,
    MAIL_DIR: path.join(work, "mail"),
  });
  const results: Results = {
    mode: SMOKE ? "smoke" : "full",
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    machine: machine(),
    commit: commit(),
    synthetic: CONFIG.synthetic,
    buildSeconds: null,
    totalSeconds: 0,
    connections: CONNECTIONS,
    rows: [],
    singles: [],
    memory: null,
    startup: { existingPgliteMs: [], firstStartMs: null },
    lighthouse: [],
    failures: [],
  };
  const cleanup: Array<() => Promise<void>> = [];
  const load = loadProcess();
  try {
    if (!args.has("--no-build") && !SMOKE) {
      log("next build");
      const t = performance.now();
      const { status } = spawnSync("node_modules/.bin/next", ["build"], {
        stdio: "inherit",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (status !== 0) throw new Error("next build failed");
      results.buildSeconds = (performance.now() - t) / 1000;
    }

    // PostgreSQL: data, fixtures, the list's SQL for B; the app and B; the load.
    if (server) {
      const pg = await freshPostgres(server, "tracker_bench");
      cleanup.push(pg.drop);
      const target: DatabaseTarget = { engine: "postgres", url: pg.url };
      log(`PostgreSQL: seeding the record and ${CONFIG.synthetic} synthetic activities`);
      seed(target, CONFIG.synthetic);
      const { user, ...fixtures } = await makeFixtures(target);
      const lists = Object.fromEntries(SCENARIOS.filter((s) => s.list !== undefined).map((s) => [s.key, s.list!]));
      const planFile = path.join(work, "baseline-plan.json");
      writeFileSync(planFile, JSON.stringify(await captureListSql(pg.url, user, lists)));
      const app = await startApp({ port: PORTS.app, env: appEnv(target), log: path.join(work, "app-postgres.log") });
      cleanup.push(app.stop);
      const baseline = await startBaseline({ port: PORTS.baseline, databaseUrl: pg.url, plan: planFile });
      cleanup.push(baseline.stop);
      const run = await measure({
        engine: "PostgreSQL",
        app,
        baseline,
        fixtures,
        load,
        scenarios: SCENARIOS,
        full: !SMOKE,
        workDir: work,
      });
      Object.assign(results, { singles: run.singles, memory: run.memory, lighthouse: run.lighthouse });
      results.rows.push(...run.rows);
      await baseline.stop();
      await app.stop();
    } else {
      log("No PostgreSQL server named (TEST_DATABASE_URL): PGlite only, without baseline B.");
    }

    // PGlite: the same data in a fresh directory; start-up on it; the list's load.
    const lite: DatabaseTarget = { engine: "pglite", dir: path.join(work, "pglite") };
    log(`PGlite: seeding the record and ${CONFIG.synthetic} synthetic activities`);
    seed(lite, CONFIG.synthetic);
    const liteFixtures = await makeFixtures(lite);
    const starts = SMOKE ? 1 : 3;
    let liteApp: AppServer | null = null;
    for (let i = 1; i <= starts; i++) {
      liteApp = await startApp({ port: PORTS.pglite, env: appEnv(lite), log: path.join(work, "app-pglite.log") });
      results.startup.existingPgliteMs.push(liteApp.readyMs);
      log(`PGlite: start-up on the existing directory ${liteApp.readyMs.toFixed(0)} ms`);
      if (i < starts) await liteApp.stop();
    }
    cleanup.push(liteApp!.stop);
    const liteRun = await measure({
      engine: "PGlite",
      app: liteApp!,
      baseline: null,
      fixtures: liteFixtures,
      load,
      scenarios: server ? SCENARIOS.filter((s) => PGLITE_SCENARIOS.includes(s.key)) : SCENARIOS,
      full: false,
      workDir: work,
    });
    results.rows.push(...liteRun.rows);
    await liteApp!.stop();

    if (!SMOKE) {
      const first = await startApp({
        port: PORTS.first,
        env: appEnv({ engine: "pglite", dir: path.join(work, "pglite-first") }),
        log: path.join(work, "app-first.log"),
      });
      results.startup.firstStartMs = first.readyMs;
      log(`PGlite: first start (migrate + seed) ${first.readyMs.toFixed(0)} ms`);
      await first.stop();
    }
  } finally {
    load.stop();
    for (const step of cleanup.reverse()) await step().catch(() => {});
    if (!args.has("--keep")) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
  results.totalSeconds = (performance.now() - started) / 1000;
  results.failures = failures;
  const printed = table(results);
  console.log(`\n${printed}\n`);
  if (SMOKE) {
    mkdirSync(".test-results", { recursive: true });
    writeFileSync(".test-results/bench-smoke.md", `${printed}\n`);
  } else {
    writeResults(path.join("bench", "RESULTS.md"), results);
    const missed = verdicts(results).filter((v) => !v.met);
    log(`${missed.length} of ${verdicts(results).length} targets missed; written to bench/RESULTS.md`);
  }
  return results;
}

// The smoke's checks for npm test: every scenario answered only 2xx, or the run failed.
function smokeCounts(passed: number, failed: number) {
  if (!SMOKE) return;
  mkdirSync(".test-results", { recursive: true });
  writeFileSync(".test-results/bench-smoke.json", JSON.stringify({ passed, failed }));
}

main().then(
  (results) => smokeCounts(results.rows.length, 0),
  (error: unknown) => {
    console.error(error);
    smokeCounts(0, 1);
    process.exit(1);
  },
);
