// The load generator: a process of its own (forked by bench/run.ts), so that autocannon
// does not share a CPU-bound event loop with anything it measures. It takes one job at a
// time over IPC and answers with requests/s and latency percentiles computed from every
// response (autocannon's own histogram has no p95).
import autocannon from "autocannon";
import { signIn } from "./sign-in.mjs";

const percentile = (sorted, p) =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** One autocannon run: { url, cookie, connections, duration (s) | amount }. */
export function load({ url, cookie, connections = 10, duration, amount, timeout = 120 }) {
  return new Promise((resolve, reject) => {
    const times = [];
    const statuses = {};
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount ? { amount } : { duration }),
        timeout,
        headers: cookie ? { cookie } : {},
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        times.sort((a, b) => a - b);
        resolve({
          requests: times.length,
          seconds,
          rps: times.length / seconds,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          bytesPerResponse: times.length ? result.throughput.total / times.length : 0,
          statuses,
          errors: result.errors,
          non2xx: result.non2xx,
          times: times.map((t) => Math.round(t * 10) / 10),
        });
      },
    );
    instance.on("response", (_client, status, _bytes, time) => {
      times.push(time);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/**
 * A calendar app polling a feed, one request after another: each poll sends the ETag of the
 * last full answer. Returns the time of each 304 and of each full answer, and the last ETag.
 */
export async function poll({ url, amount, etag = null }) {
  const unchanged = [];
  const full = [];
  let other = 0;
  for (let i = 0; i < amount; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: etag ? { "If-None-Match": etag } : {} });
    await response.arrayBuffer();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    if (response.status === 304) unchanged.push(ms);
    else if (response.status === 200) {
      full.push(ms);
      etag = response.headers.get("etag");
    } else other += 1;
  }
  return { unchanged, full, other, etag };
}

const JOBS = { signIn: (args) => signIn(args.base, args.email), load, poll };

// As a forked child: { id, job: "signIn" | "load" | "poll", ... } in, { id, result | error } out.
if (process.send) {
  process.on("message", async ({ id, job, ...args }) => {
    try {
      const result = await JOBS[job](args);
      process.send({ id, result });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
