// The benchmark's one table, its verdict against the targets of issues 7 and 18, and RESULTS.md.
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
  /** F, the framework floor (bench/floor): a bare Next.js page on the same SQL and markup. */
  f?: LoadStat;
}

/** A calendar app's polls of the feed, each with the ETag of the last full answer. */
export interface Polls {
  engine: string;
  polls: number;
  /** Writes to the record during the polls: each should cost one full answer more. */
  changes: number;
  full: number;
  /** Answers neither 200 nor 304. */
  other: number;
  unchangedMeanMs: number;
  unchangedP50Ms: number;
  unchangedP95Ms: number;
  fullMeanMs: number;
}

export interface Single {
  key: string;
  label: string;
  engine: string;
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
  polls: Polls[];
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
  /**
   * Judged by the smoke too: what holds on 2,000 activities and a few requests (start-up, a
   * poll's cost). Ratios between servers need the full run's load. A miss is reported.
   */
  smoke?: boolean;
  /**
   * A check of behaviour, not of time (a poll answered 304 until the record changes): a miss
   * fails the smoke, and so npm test. Timings only report: on two shared cores they measure the
   * machine as much as the app, and performance is judged by the full bench, not by timed tests.
   */
  gate?: boolean;
}

const f = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? "-" : n.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const row = (key: string, engine = "PostgreSQL") => r.rows.find((x) => x.key === key && x.engine === engine);
  for (const key of ["list", "deep", "search"]) {
    const x = row(key);
    const floors: Array<[string, LoadStat | undefined, number]> = [
      ["F", x?.f, 0.8],
      ["B", x?.b, 0.25],
    ];
    for (const [name, floor, wanted] of floors) {
      if (!x || !floor) continue;
      const ratio = x.app.rps / floor.rps;
      out.push({
        measure: `${x.label}: throughput against ${name}`,
        target: `>= ${wanted} x ${name}`,
        measured: `${f(x.app.rps, 1)} / ${f(floor.rps, 1)} req/s = ${f(ratio, 2)} x ${name}`,
        met: ratio >= wanted,
      });
    }
    if (!x?.b) continue;
    const p99 = x.app.p99 / x.b.p99;
    out.push({
      measure: `${x.label}: p99`,
      target: "<= 4 x B's p99",
      measured: `${f(x.app.p99)} / ${f(x.b.p99)} ms = ${f(p99, 1)} x B`,
      met: p99 <= 4,
    });
  }
  const firstPage = row("list");
  if (firstPage) {
    const kb = firstPage.app.bytesPerResponse / 1024;
    out.push({
      measure: "list, first page: size",
      target: "<= 90 KB",
      measured: `${f(kb)} KB`,
      met: kb <= 90,
    });
  }
  for (const p of r.polls) {
    out.push({
      measure: `feed polls, ${p.engine}: answers`,
      target: "one full answer, one more per change, 304 for the rest",
      measured: `${p.full} full, ${p.other} other, ${p.changes} change(s)`,
      met: p.full === p.changes + 1 && p.other === 0,
      smoke: true,
      gate: true,
    });
    out.push({
      measure: `feed polls, ${p.engine}: cost`,
      target: "< 20 ms per unchanged poll",
      measured: `${f(p.unchangedMeanMs, 1)} ms mean (p95 ${f(p.unchangedP95Ms, 1)})`,
      met: p.unchangedMeanMs < 20,
      smoke: true,
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
  const engines = new Set(r.singles.map((s) => s.engine)).size;
  if (csv) {
    out.push({
      measure: `CSV export of all (${r.synthetic.toLocaleString("en")} + record)`,
      target: "<= 2 s, RSS growth < 50 MB",
      measured: `slowest ${f(csv.maxMs)} ms, RSS +${f(csv.rssGrowthMb, 1)} MB in one request`,
      met: csv.maxMs <= 2000 && csv.rssGrowthMb < 50,
    });
  }
  for (const note of r.singles.filter((s) => s.key.startsWith("note"))) {
    // The page has a time target (issue 7); the Word and PDF files only the memory one (issue 18).
    const page = note.key === "note";
    out.push({
      measure: engines > 1 ? `${note.label}, ${note.engine}` : note.label,
      target: page ? "<= 3 s, RSS growth <= 100 MB" : "RSS growth <= 100 MB",
      measured: `slowest ${f(note.maxMs)} ms, RSS +${f(note.rssGrowthMb, 1)} MB in one request`,
      met: (!page || note.maxMs <= 3000) && note.rssGrowthMb <= 100,
    });
  }
  if (r.startup.existingPgliteMs.length > 0) {
    const ms = median(r.startup.existingPgliteMs);
    out.push({
      measure: "start-up on an existing PGlite directory",
      target: "<= 1.5 s to first 200",
      measured: `${f(ms)} ms (median of ${r.startup.existingPgliteMs.map((x) => f(x)).join(", ")})`,
      met: ms <= 1500,
      smoke: true,
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

/** A table of the rows under the header (its numeric columns right-aligned), or none without rows. */
function markdownTable(header: string, rows: string[]): string[] {
  if (rows.length === 0) return [];
  const columns = header.split("|").length - 2;
  return [[header, `|---|${"--:|".repeat(columns - 1)}`, ...rows].join("\n")];
}

/** The smoke judges only what holds at its scale; the rest it shows without a verdict. */
const metCell = (r: Results, v: Verdict) =>
  r.mode === "smoke" && !v.smoke ? "(full run only)" : v.met ? "yes" : "**no**";

/** The targets a run missed: in the smoke, only those it judges. */
export function missed(r: Results): Verdict[] {
  return verdicts(r).filter((v) => !v.met && (r.mode === "full" || v.smoke));
}

/** The behaviour checks a run failed: what fails the smoke. */
export function failedChecks(r: Results): Verdict[] {
  return missed(r).filter((v) => v.gate);
}

export function table(r: Results): string {
  const lines = [
    `| scenario | engine | req/s | p50 ms | p95 ms | p99 ms | KB/resp | errors | F req/s | F p50 | F p99 | F KB | x F req/s | B req/s | B p50 | B p95 | B p99 | x B req/s |`,
    `|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|`,
  ];
  for (const x of r.rows) {
    const { b, f: floor } = x;
    lines.push(
      `| ${x.label} | ${x.engine} | ${f(x.app.rps, 1)} | ${f(x.app.p50)} | ${f(x.app.p95)} | ${f(x.app.p99)} | ${f(x.app.bytesPerResponse / 1024)} | ${x.app.errors + x.app.non2xx} | ` +
        `${floor ? `${f(floor.rps, 1)} | ${f(floor.p50)} | ${f(floor.p99)} | ${f(floor.bytesPerResponse / 1024)} | ${f(x.app.rps / floor.rps, 2)}` : "- | - | - | - | -"} | ` +
        `${b ? f(b.rps, 1) : "-"} | ${b ? f(b.p50) : "-"} | ${b ? f(b.p95) : "-"} | ${b ? f(b.p99) : "-"} | ${b ? f(x.app.rps / b.rps, 2) : "-"} |`,
    );
  }
  const out = [lines.join("\n")];
  out.push(
    ...markdownTable(
      "| feed polls (one client, ETag sent) | polls | changes | full answers | not modified: mean ms | p50 ms | p95 ms | full answer mean ms |",
      r.polls.map(
        (p) =>
          `| ${p.engine} | ${p.polls} | ${p.changes} | ${p.full} | ${f(p.unchangedMeanMs, 1)} | ${f(p.unchangedP50Ms, 1)} | ${f(p.unchangedP95Ms, 1)} | ${f(p.fullMeanMs)} |`,
      ),
    ),
    ...markdownTable(
      "| one request at a time | engine | p50 ms | slowest ms | RSS growth MB (largest, from a collected heap) |",
      r.singles.map((s) => `| ${s.label} | ${s.engine} | ${f(s.p50Ms)} | ${f(s.maxMs)} | ${f(s.rssGrowthMb, 1)} |`),
    ),
  );
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
  out.push(
    ...markdownTable(
      "| Lighthouse (desktop) | performance | accessibility | best practices | LCP ms | CLS | TBT ms |",
      r.lighthouse.map(
        (l) =>
          `| ${l.page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${f(l.lcpMs)} | ${f(l.cls, 3)} | ${f(l.tbtMs)} |`,
      ),
    ),
  );
  const v = verdicts(r);
  if (v.length > 0) {
    out.push(
      [
        "| target | wanted | measured | met |",
        "|---|---|---|---|",
        ...v.map((x) => `| ${x.measure} | ${x.target} | ${x.measured} | ${metCell(r, x)} |`),
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
