// npm run bench          the full benchmark of issue 7 (about 12 minutes on 2 cores):
//                        writes bench/RESULTS.md
// npm run bench:smoke    a ~30-second load on 2,000 synthetic activities, on the existing
//                        build, for CI: writes .test-results/bench-smoke.{md,json}
// Options: --no-build (use the existing .next), --keep (keep the temp directory and logs),
// --requests=N (the requests before the RSS is read again; 10,000 unless told).
// PostgreSQL: TEST_DATABASE_URL or BENCH_DATABASE_URL names the server (default
// postgres://postgres@127.0.0.1:5432/postgres); a fresh database is made and dropped.
// BENCH_PORT: the first of the five ports the servers listen on (default 3210), so that
// two worktrees can measure on one machine.
import { fork, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "../db/client";
import { captureListSql } from "./capture";
import { lighthouse } from "./lighthouse";
import { BENCH_EMAIL, freshPostgres, makeFixtures, seed, targetEnv, touchActivity, type Fixtures } from "./prepare";
import {
  failedChecks,
  missed,
  table,
  verdicts,
  writeResults,
  type LoadStat,
  type Polls,
  type Results,
  type Row,
  type Single,
} from "./report";
import { startApp, startBaseline, type AppServer, type Server } from "./servers";

const args = new Set(process.argv.slice(2));
const SMOKE = args.has("--smoke");
const REQUESTS = Number(process.argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 10_000);
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
      polls: 200,
    }
  : {
      synthetic: 20_000,
      deepPage: 300,
      runSeconds: 8,
      rounds: 2,
      warmSeconds: 3,
      singles: 5,
      heavyRounds: 2,
      requests: REQUESTS,
      polls: 1000,
    };
const CONNECTIONS = 10;
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3210);
const PORTS = {
  app: FIRST_PORT,
  baseline: FIRST_PORT + 1,
  pglite: FIRST_PORT + 2,
  first: FIRST_PORT + 3,
  floor: FIRST_PORT + 4,
};
/** F, the framework floor: a bare Next.js project on the list's data layer and table. */
const FLOOR_DIR = path.join("bench", "floor");

interface Scenario {
  key: string;
  label: string;
  path: (f: Fixtures) => string;
  /** The list's query string, for baseline B. */
  list?: string;
  /** Seconds a request: runs are a number of requests rather than a duration. */
  heavy?: boolean;
  /** Measured one request at a time only (a file of the whole record), never under load. */
  singleOnly?: boolean;
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
  {
    key: "ics",
    label: "ICS feed (all)",
    path: (f) => `/calendar.ics?token=${f.feedToken}&from=1990-01-01`,
    heavy: true,
  },
  {
    key: "ics-window",
    label: "ICS feed (12 months + future)",
    path: (f) => `/calendar.ics?token=${f.feedToken}`,
    heavy: true,
  },
  { key: "csv", label: "CSV export (all)", path: () => "/activities/export.csv", heavy: true },
  {
    key: "note",
    label: "background note 2009-2030",
    path: (f) => `/reports/background-note/${f.noteId}`,
    heavy: true,
  },
  {
    key: "note-docx",
    label: "background note 2009-2030, Word",
    path: (f) => `/reports/background-note/${f.noteId}/note.docx`,
    heavy: true,
    singleOnly: true,
  },
  // Not the PDF: one of the whole record outlasted the load generator's 120 s timeout on the
  // shared machine (pdfkit lays out every line in JavaScript), and the server, still busy with
  // it, failed the next scenario too. bench/RESULTS.md says so.
];
const SINGLES = ["csv", "note", "note-docx"];
/** The note's targets hold on both engines (issue 18): its page and Word file one at a time on PGlite too. */
const PGLITE_SINGLES = ["note", "note-docx"];
// The files of the whole record take long one at a time: the smoke leaves them out.
const MEASURED = SMOKE ? SCENARIOS.filter((s) => !s.singleOnly) : SCENARIOS;
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
    poll: (job: { url: string; amount: number; etag?: string | null }) =>
      call<{ unchanged: number[]; full: number[]; other: number; etag: string | null }>({ job: "poll", ...job }),
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
  scenario: { url: string; label: string; requests: number },
  cookie: string,
  check: (stat: LoadStat, what: string) => void,
): Promise<Omit<Single, "key" | "label" | "engine">> {
  const times: number[] = [];
  let rssGrowthMb = 0;
  for (let i = 0; i < scenario.requests; i++) {
    await app.collectGarbage();
    const one = await sampleRss(app, () => load.run({ url: scenario.url, cookie, connections: 1, amount: 1 }));
    check(one.result, `${scenario.label}, one request (${i + 1} of ${scenario.requests})`);
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

/**
 * A calendar app's day: polls of the feed one after another, each with the ETag of the last
 * full answer, the record changed once half-way (where the bench can write to it).
 */
async function feedPolls(
  load: Load,
  url: string,
  engine: string,
  change: (() => Promise<void>) | null,
): Promise<Polls> {
  const half = Math.floor(CONFIG.polls / 2);
  const first = await load.poll({ url, amount: half });
  if (change) await change();
  const second = await load.poll({ url, amount: CONFIG.polls - half, etag: first.etag });
  const unchanged = [...first.unchanged, ...second.unchanged].sort((a, b) => a - b);
  const result: Polls = {
    engine,
    polls: CONFIG.polls,
    changes: change ? 1 : 0,
    full: first.full.length + second.full.length,
    other: first.other + second.other,
    unchangedMeanMs: unchanged.reduce((sum, ms) => sum + ms, 0) / Math.max(1, unchanged.length),
    unchangedP50Ms: percentile(unchanged, 50),
    unchangedP95Ms: percentile(unchanged, 95),
    fullMeanMs:
      [...first.full, ...second.full].reduce((sum, ms) => sum + ms, 0) /
      Math.max(1, first.full.length + second.full.length),
  };
  log(
    `${engine}: ${result.polls} feed polls, ${result.changes} change: ${result.full} full answers, ` +
      `${unchanged.length} not modified (mean ${result.unchangedMeanMs.toFixed(1)} ms), ${result.other} other`,
  );
  return result;
}

/** What failed in the full run, printed with the table. */
const failures: string[] = [];

interface EngineRun {
  rows: Row[];
  polls: Polls;
  singles: Single[];
  memory: Results["memory"];
  lighthouse: Results["lighthouse"];
}

/** Warm-up, then each scenario in rounds, app and B alternating; memory; Lighthouse. */
async function measure(options: {
  engine: string;
  app: AppServer;
  baseline: Server | null;
  floor: Server | null;
  fixtures: Fixtures;
  load: Load;
  /** Measured under load (those not singleOnly). */
  scenarios: Scenario[];
  /** Measured one request at a time, before the load. */
  singles: Scenario[];
  full: boolean;
  workDir: string;
  /** A write to the record, for the feed polls; null where the app holds the database alone. */
  change: (() => Promise<void>) | null;
}): Promise<EngineRun> {
  const { app, baseline, floor, fixtures, load, engine } = options;
  const cookie = await load.signIn(app.base);
  const url = (s: Scenario) => `${app.base}${s.path(fixtures)}`;
  const bUrl = (s: Scenario) => `${baseline!.base}/${s.key}`;
  const fUrl = (s: Scenario) => `${floor!.base}${s.path(fixtures)}`;
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
  for (const s of new Set([...options.scenarios, ...options.singles])) {
    // First a request per connection, waited for: a cold page's first render can outlast a
    // short timed warm-up, whose unfinished requests count for nothing.
    const warmUp = s.singleOnly ? { connections: 1, amount: 1 } : { amount: CONNECTIONS };
    check(await load.run({ url: url(s), cookie, ...warmUp }), `${s.label} (warm-up)`);
    if (!s.heavy) await load.run({ url: url(s), cookie, duration: CONFIG.warmSeconds });
    if (baseline && s.list !== undefined) await load.run({ url: bUrl(s), duration: CONFIG.warmSeconds });
    if (floor && s.list !== undefined) {
      check(await load.run({ url: fUrl(s), amount: CONNECTIONS }), `F ${s.label} (warm-up)`);
      await load.run({ url: fUrl(s), duration: CONFIG.warmSeconds });
    }
  }
  const afterWarmupMb = app.rssMb();
  let served = 0;
  const singles: Single[] = [];
  for (const s of options.singles) {
    // The Word file of the whole record takes long: two requests, the slower counts.
    const requests = s.singleOnly ? Math.min(2, CONFIG.singles) : CONFIG.singles;
    log(`${engine}: ${s.label}, one request at a time`);
    singles.push({
      key: s.key,
      label: s.label,
      engine,
      ...(await single(load, app, { url: url(s), label: s.label, requests }, cookie, check)),
    });
    served += requests;
  }
  const appRuns = new Map<string, Array<LoadStat & { times: number[] }>>();
  const bRuns = new Map<string, Array<LoadStat & { times: number[] }>>();
  const fRuns = new Map<string, Array<LoadStat & { times: number[] }>>();
  for (let round = 1; round <= CONFIG.rounds; round++) {
    for (const s of options.scenarios.filter((x) => !x.singleOnly)) {
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
      // B and F, the floors, right after the app on the same list, so that all three see
      // the machine in the same minute.
      const floors: Array<[string, (s: Scenario) => string, typeof bRuns]> = [];
      if (baseline) floors.push(["B", bUrl, bRuns]);
      if (floor) floors.push(["F", fUrl, fRuns]);
      for (const [name, floorUrl, runs] of s.list === undefined ? [] : floors) {
        const stat = await load.run({
          url: floorUrl(s),
          ...(SMOKE ? { amount: CONNECTIONS * 2 } : { duration: CONFIG.runSeconds }),
        });
        check(stat, `${name} ${s.label}`);
        runs.set(s.key, [...(runs.get(s.key) ?? []), stat]);
      }
    }
  }
  const rows = options.scenarios
    .filter((s) => !s.singleOnly)
    .map((s) => ({
      key: s.key,
      label: s.label,
      engine,
      app: merge(appRuns.get(s.key)!),
      b: bRuns.has(s.key) ? merge(bRuns.get(s.key)!) : undefined,
      f: fRuns.has(s.key) ? merge(fRuns.get(s.key)!) : undefined,
    }));
  const polls = await feedPolls(load, `${app.base}/calendar.ics?token=${fixtures.feedToken}`, engine, options.change);
  served += CONFIG.polls;
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
  return { rows, polls, singles, memory, lighthouse: lighthouseResults };
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
    polls: [],
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
    // F has a build of its own, made with the app's; the smoke makes it only when missing.
    const floorBuilt = existsSync(path.join(FLOOR_DIR, ".next", "BUILD_ID"));
    if ((!args.has("--no-build") && !SMOKE) || !floorBuilt) {
      log("next build bench/floor (F)");
      const { status } = spawnSync("node_modules/.bin/next", ["build", FLOOR_DIR], {
        stdio: "inherit",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (status !== 0) throw new Error("next build bench/floor failed");
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
      const floor = await startApp({
        port: PORTS.floor,
        env: targetEnv(target),
        log: path.join(work, "floor.log"),
        project: { dir: FLOOR_DIR, ready: "/activities" },
      });
      cleanup.push(floor.stop);
      const run = await measure({
        engine: "PostgreSQL",
        app,
        baseline,
        floor,
        fixtures,
        load,
        scenarios: MEASURED,
        singles: SMOKE ? [] : MEASURED.filter((s) => SINGLES.includes(s.key)),
        full: !SMOKE,
        workDir: work,
        change: () => touchActivity(pg.url, fixtures.activityId),
      });
      Object.assign(results, { memory: run.memory, lighthouse: run.lighthouse });
      results.singles.push(...run.singles);
      results.rows.push(...run.rows);
      results.polls.push(run.polls);
      await floor.stop();
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
      floor: null,
      fixtures: liteFixtures,
      load,
      scenarios: server ? MEASURED.filter((s) => PGLITE_SCENARIOS.includes(s.key)) : MEASURED,
      singles: SMOKE ? [] : MEASURED.filter((s) => PGLITE_SINGLES.includes(s.key)),
      full: false,
      workDir: work,
      change: null,
    });
    results.rows.push(...liteRun.rows);
    results.singles.push(...liteRun.singles);
    results.polls.push(liteRun.polls);
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
  const judged = verdicts(results).filter((v) => !SMOKE || v.smoke);
  const misses = missed(results);
  log(
    `${misses.length} of ${judged.length} targets missed${misses.map((v) => `\n  missed: ${v.measure}: ${v.measured}`).join("")}`,
  );
  if (SMOKE && misses.some((v) => !v.gate)) {
    log("timing targets are reported here and judged by the full bench (npm run bench), not by npm test");
  }
  if (SMOKE) {
    mkdirSync(".test-results", { recursive: true });
    writeFileSync(".test-results/bench-smoke.md", `${printed}\n`);
  } else {
    writeResults(path.join("bench", "RESULTS.md"), results);
    log("written to bench/RESULTS.md");
  }
  return results;
}

// The smoke's checks for npm test: every scenario answered only 2xx, and every behaviour check
// held (bench/report.ts, gate); a missed timing target is printed as missed above, not hidden.
function smokeCounts(passed: number, failed: number) {
  if (!SMOKE) return;
  mkdirSync(".test-results", { recursive: true });
  writeFileSync(".test-results/bench-smoke.json", JSON.stringify({ passed, failed }));
}

main().then(
  (results) => {
    const failed = failedChecks(results).length;
    const checks = verdicts(results).filter((v) => v.gate).length;
    smokeCounts(results.rows.length + checks - failed, failed);
    if (SMOKE && failed > 0) process.exitCode = 1;
  },
  (error: unknown) => {
    console.error(error);
    smokeCounts(0, 1);
    process.exit(1);
  },
);
