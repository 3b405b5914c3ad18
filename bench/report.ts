// The benchmark's one table, its verdict against the targets of issue 7, and RESULTS.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { LighthouseResult } from "./lighthouse";

export interface LoadStat {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
}

export interface Row {
  key: string;
  label: string;
  engine: string;
  app: LoadStat;
  /** Baseline B on the same SQL, where B applies. */
  b?: LoadStat;
}

export interface Single {
  key: string;
  label: string;
  /** The slowest of a few requests one at a time, and their median. */
  maxMs: number;
  p50Ms: number;
  /** The largest growth of RSS during one request, over the RSS after a full collection. */
  rssGrowthMb: number;
}

export interface Results {
  mode: "full" | "smoke";
  date: string;
  machine: string;
  commit: string;
  synthetic: number;
  buildSeconds: number | null;
  totalSeconds: number;
  connections: number;
  rows: Row[];
  singles: Single[];
  memory: { afterWarmupMb: number; afterRequestsMb: number; requests: number } | null;
  startup: { existingPgliteMs: number[]; firstStartMs: number | null };
  lighthouse: Array<{ page: string } & LighthouseResult>;
  /** Runs with failed requests (timeouts, errors, not 2xx). */
  failures: string[];
}

export interface Verdict {
  measure: string;
  target: string;
  measured: string;
  met: boolean;
}

const f = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? "-" : n.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const row = (key: string, engine = "PostgreSQL") => r.rows.find((x) => x.key === key && x.engine === engine);
  for (const key of ["list", "deep"]) {
    const x = row(key);
    if (!x?.b) continue;
    const ratio = x.app.rps / x.b.rps;
    out.push({
      measure: `${x.label}: throughput`,
      target: ">= 0.35 x B",
      measured: `${f(x.app.rps, 1)} / ${f(x.b.rps, 1)} req/s = ${f(ratio, 2)} x B`,
      met: ratio >= 0.35,
    });
    const p99 = x.app.p99 / x.b.p99;
    out.push({
      measure: `${x.label}: p99`,
      target: "<= 3 x B's p99",
      measured: `${f(x.app.p99)} / ${f(x.b.p99)} ms = ${f(p99, 1)} x B`,
      met: p99 <= 3,
    });
  }
  const list = row("list");
  const search = row("search");
  if (list && search) {
    out.push({
      measure: "search p95",
      target: "<= 1.5 x unfiltered list p95",
      measured: `${f(search.app.p95)} / ${f(list.app.p95)} ms = ${f(search.app.p95 / list.app.p95, 2)} x`,
      met: search.app.p95 <= 1.5 * list.app.p95,
    });
  }
  const lite = row("list", "PGlite");
  if (list && lite) {
    out.push({
      measure: "PGlite throughput on the list",
      target: ">= 0.5 x PostgreSQL's",
      measured: `${f(lite.app.rps, 1)} / ${f(list.app.rps, 1)} req/s = ${f(lite.app.rps / list.app.rps, 2)} x`,
      met: lite.app.rps >= 0.5 * list.app.rps,
    });
  }
  const csv = r.singles.find((s) => s.key === "csv");
  if (csv) {
    out.push({
      measure: `CSV export of all (${r.synthetic.toLocaleString("en")} + record)`,
      target: "<= 2 s, RSS growth < 50 MB",
      measured: `slowest ${f(csv.maxMs)} ms, RSS +${f(csv.rssGrowthMb, 1)} MB in one request`,
      met: csv.maxMs <= 2000 && csv.rssGrowthMb < 50,
    });
  }
  const note = r.singles.find((s) => s.key === "note");
  if (note) {
    out.push({
      measure: "background note 2009-2030",
      target: "<= 3 s",
      measured: `slowest ${f(note.maxMs)} ms`,
      met: note.maxMs <= 3000,
    });
  }
  if (r.startup.existingPgliteMs.length > 0) {
    const ms = median(r.startup.existingPgliteMs);
    out.push({
      measure: "start-up on an existing PGlite directory",
      target: "<= 1.5 s to first 200",
      measured: `${f(ms)} ms (median of ${r.startup.existingPgliteMs.map((x) => f(x)).join(", ")})`,
      met: ms <= 1500,
    });
  }
  if (r.memory) {
    const growth = r.memory.afterRequestsMb / r.memory.afterWarmupMb;
    out.push({
      measure: `RSS after ${r.memory.requests.toLocaleString("en")} requests`,
      target: "<= 1.25 x after warm-up",
      measured: `${f(r.memory.afterRequestsMb)} / ${f(r.memory.afterWarmupMb)} MB = ${f(growth, 2)} x`,
      met: growth <= 1.25,
    });
  }
  for (const l of r.lighthouse) {
    out.push({
      measure: `Lighthouse ${l.page}`,
      target: "perf >= 95, a11y >= 95, CLS <= 0.05, TBT <= 150 ms",
      measured: `perf ${l.performance}, a11y ${l.accessibility}, CLS ${f(l.cls, 3)}, TBT ${f(l.tbtMs)} ms`,
      met: l.performance >= 95 && l.accessibility >= 95 && l.cls <= 0.05 && l.tbtMs <= 150,
    });
  }
  return out;
}

export function table(r: Results): string {
  const lines = [
    `| scenario | engine | req/s | p50 ms | p95 ms | p99 ms | KB/resp | errors | B req/s | B p50 | B p95 | B p99 | x B req/s |`,
    `|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|`,
  ];
  for (const x of r.rows) {
    const b = x.b;
    lines.push(
      `| ${x.label} | ${x.engine} | ${f(x.app.rps, 1)} | ${f(x.app.p50)} | ${f(x.app.p95)} | ${f(x.app.p99)} | ${f(x.app.bytesPerResponse / 1024)} | ${x.app.errors + x.app.non2xx} | ` +
        `${b ? f(b.rps, 1) : "-"} | ${b ? f(b.p50) : "-"} | ${b ? f(b.p95) : "-"} | ${b ? f(b.p99) : "-"} | ${b ? f(x.app.rps / b.rps, 2) : "-"} |`,
    );
  }
  const out = [lines.join("\n")];
  if (r.singles.length > 0) {
    out.push(
      [
        "| one request at a time | p50 ms | slowest ms | RSS growth MB (largest, from a collected heap) |",
        "|---|--:|--:|--:|",
        ...r.singles.map((s) => `| ${s.label} | ${f(s.p50Ms)} | ${f(s.maxMs)} | ${f(s.rssGrowthMb, 1)} |`),
      ].join("\n"),
    );
  }
  const other = ["| measure | value |", "|---|---|"];
  if (r.memory) {
    other.push(`| RSS after warm-up | ${f(r.memory.afterWarmupMb)} MB |`);
    other.push(`| RSS after ${r.memory.requests.toLocaleString("en")} requests | ${f(r.memory.afterRequestsMb)} MB |`);
  }
  if (r.startup.existingPgliteMs.length > 0)
    other.push(
      `| start-up, existing PGlite directory (to first 200 of /api/health) | ${r.startup.existingPgliteMs.map((x) => `${f(x)} ms`).join(", ")} |`,
    );
  if (r.startup.firstStartMs !== null)
    other.push(`| start-up, first start (migrate + seed, PGlite) | ${f(r.startup.firstStartMs)} ms |`);
  if (r.buildSeconds !== null) other.push(`| next build | ${f(r.buildSeconds, 0)} s |`);
  other.push(`| whole run | ${f(r.totalSeconds, 0)} s |`);
  out.push(other.join("\n"));
  if (r.lighthouse.length > 0) {
    out.push(
      [
        "| Lighthouse (desktop) | performance | accessibility | best practices | LCP ms | CLS | TBT ms |",
        "|---|--:|--:|--:|--:|--:|--:|",
        ...r.lighthouse.map(
          (l) =>
            `| ${l.page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${f(l.lcpMs)} | ${f(l.cls, 3)} | ${f(l.tbtMs)} |`,
        ),
      ].join("\n"),
    );
  }
  const v = verdicts(r);
  if (v.length > 0) {
    out.push(
      [
        "| target | wanted | measured | met |",
        "|---|---|---|---|",
        ...v.map((x) => `| ${x.measure} | ${x.target} | ${x.measured} | ${x.met ? "yes" : "**no**"} |`),
      ].join("\n"),
    );
  }
  if (r.failures.length > 0) out.push(`Runs with failed requests:\n\n${r.failures.map((x) => `- ${x}`).join("\n")}`);
  return out.join("\n\n");
}

const START = "<!-- bench:results -->";
const END = "<!-- /bench:results -->";

/** Replaces the generated part of RESULTS.md; what people wrote around it stays. */
export function writeResults(file: string, r: Results): void {
  const generated = [
    START,
    `Run of ${r.date} on ${r.machine}, commit ${r.commit}. Data: the real record plus ` +
      `${r.synthetic.toLocaleString("en")} synthetic activities, on a fresh PostgreSQL database and a fresh PGlite ` +
      `directory. Load: autocannon in a second process, signed in, ${r.connections} connections, after a warm-up, ` +
      `app and B runs alternating.`,
    "",
    table(r),
    END,
  ].join("\n");
  const previous = existsSync(file) ? readFileSync(file, "utf8") : `# Benchmark results\n\n${START}\n${END}\n`;
  const [head, rest] = previous.split(START);
  const tail = rest?.split(END)[1] ?? "\n";
  writeFileSync(file, `${head}${generated}${tail}`);
}
