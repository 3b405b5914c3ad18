// Lighthouse (desktop preset) in Debian's Chromium on a signed-in page: the session cookie
// travels as an extra header. Scores are 0-100; LCP and TBT in ms.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../e2e/chromium";

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export function lighthouse(url: string, cookie: string, workDir: string): LighthouseResult {
  const output = path.join(workDir, `lighthouse-${Date.now()}.json`);
  const { status, stderr } = spawnSync(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      "--preset=desktop",
      "--only-categories=performance,accessibility,best-practices",
      `--chrome-flags=${["--headless=new", ...CHROMIUM_FLAGS].join(" ")}`,
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      "--output=json",
      `--output-path=${output}`,
      "--quiet",
    ],
    { encoding: "utf8", env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
  );
  if (status !== 0) throw new Error(`lighthouse ${url} failed (exit ${status}): ${stderr.slice(-500)}`);
  const report = JSON.parse(readFileSync(output, "utf8"));
  rmSync(output, { force: true });
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => Number(report.audits[id]?.numericValue ?? NaN);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbtMs: audit("total-blocking-time"),
  };
}
