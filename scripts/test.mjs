// npm test: every check in one command: types, lint, unit and data-layer tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), the production build, the end-to-end tests in
// Chromium against it, two instances on one PostgreSQL, and a smoke of the benchmark.
// Ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const RESULTS = ".test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// The system tools the tests need beyond npm's packages. Missing ones are named with the
// command that installs them, before anything runs: one clear message, not a wall of failures.
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
const onPath = (name) => (process.env.PATH ?? "").split(path.delimiter).some((dir) => executable(path.join(dir, name)));
const missing = [
  ...(executable(CHROMIUM) ? [] : [`Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROME_PATH)`]),
  ...(onPath("xmllint") ? [] : ["xmllint, which validates the IATI export (apt-get install libxml2-utils)"]),
];
if (missing.length > 0) {
  console.error(`npm test needs these system tools, which this machine lacks:\n${missing.map((m) => `- ${m}`).join("\n")}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// Every temporary file of the run (the e2e server's database, the two instances', the bench's,
// Chromium's profiles) goes into one folder that is removed at the end, whatever a step left.
const TMP = mkdtempSync(path.join(tmpdir(), "tracker-test-"));
process.on("exit", () => rmSync(TMP, { recursive: true, force: true }));

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TMPDIR: TMP };
const bin = (name) => `node_modules/.bin/${name}`;

function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  console.log(
    `=== ${title}: ${status === 0 ? "ok" : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

console.log(
  process.env.TEST_DATABASE_URL
    ? "Data-layer tests run on PGlite and on PostgreSQL (TEST_DATABASE_URL)."
    : "TEST_DATABASE_URL is not set: data-layer tests run on PGlite only.",
);

const failedSteps = [];
if (!run("types", bin("tsc"), ["--noEmit"])) failedSteps.push("types");
// The house's walls (eslint.config.mjs): the database only behind the data layer, the
// environment only through lib/env.ts, no server-only code in client components.
if (!run("lint", bin("eslint"), ["."])) failedSteps.push("lint");
if (
  !run("unit", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${RESULTS}/vitest.json`])
)
  failedSteps.push("unit");
const built = run("build", bin("next"), ["build"]);
if (!built) failedSteps.push("build");
if (built && !run("e2e", bin("playwright"), ["test"])) failedSteps.push("e2e");
// Two production instances on one PostgreSQL, then a 30-second smoke of the benchmark, both
// on the build above. Each writes its counts to .test-results.
if (built && !run("two instances", process.execPath, ["scripts/two-instances.mjs"])) failedSteps.push("two instances");
if (built && !run("bench smoke", bin("tsx"), ["--conditions=react-server", "bench/run.ts", "--smoke"]))
  failedSteps.push("bench smoke");

const unit = readJson(`${RESULTS}/vitest.json`);
const e2e = readJson(`${RESULTS}/playwright.json`);
const two = readJson(`${RESULTS}/two-instances.json`);
const smoke = readJson(`${RESULTS}/bench-smoke.json`);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (two?.passed ?? 0) + (smoke?.passed ?? 0);
// A step that failed without failing a test (types, build, a crash) still counts as one failure.
// A test file that fails to load (no suite, an import error) fails no test: count it as one.
const brokenFiles = (unit?.testResults ?? []).filter(
  (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
).length;
const failedTests =
  (unit?.numFailedTests ?? 0) +
  brokenFiles +
  (e2e?.stats?.unexpected ?? 0) +
  (e2e?.stats?.flaky ?? 0) +
  (two?.failed ?? 0) +
  (smoke?.failed ?? 0);
const failed = Math.max(failedTests, failedSteps.length);

console.log(
  `\nunit: ${unit?.numPassedTests ?? 0} passed; e2e: ${e2e?.stats?.expected ?? 0} passed; ` +
    `two instances: ${two ? `${two.passed} passed` : "not run"}; bench smoke: ${smoke ? `${smoke.passed} passed` : "not run"}`,
);
if (brokenFiles > 0) console.log(`test files that failed to load: ${brokenFiles}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
