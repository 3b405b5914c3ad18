// Two production instances (`next start` on the existing build) against ONE fresh
// PostgreSQL database, as behind a load balancer: both start at once (migrations and seed
// run once), a session made on one works on the other, 20 concurrent transitions of one
// entry split across both let exactly one win, and the sign-in limit counts a burst split
// across both exactly (at most 10 checked) while the owner's recognised browser still gets in.
// Needs TEST_DATABASE_URL (a PostgreSQL server); writes .test-results/two-instances.json.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { attemptSignIn, DEMO_PASSWORD, signIn } from "../bench/sign-in.mjs";

const PORTS = [3220, 3221];
const RESULTS = ".test-results/two-instances.json";
const counts = { passed: 0, failed: 0 };

function check(name, ok, detail = "") {
  counts[ok ? "passed" : "failed"]++;
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
}

function report() {
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(counts));
  console.log(`two instances: ${counts.passed} passed, ${counts.failed} failed`);
}

const server = process.env.TEST_DATABASE_URL;
if (!server) {
  console.log("two instances: skipped, it needs PostgreSQL (set TEST_DATABASE_URL to a server; CI does).");
  report();
  process.exit(0);
}

function startInstance(port, env, log) {
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const out = openSync(log, "a");
  return spawn(process.execPath, [next, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", out, out],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
}

async function healthy(base, child) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`${base} exited with code ${child.exitCode}`);
    if ((await fetch(`${base}/api/health`).catch(() => null))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${base} never answered 200 on /api/health`);
}

/** The id of a server action of this build, as the browser would post it. */
function actionId(name) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const entry = Object.entries(manifest.node).find(([, a]) => a.exportedName === name);
  if (!entry) throw new Error(`No server action ${name} in this build`);
  return entry[0];
}

/** Posts a server action as React does; resolves to the action's result object. */
async function callAction(base, page, id, args, cookie) {
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: base,
      Cookie: cookie,
    },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  // The flight stream's row "1:" holds the returned value.
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  return row ? JSON.parse(row.slice(2)) : { ok: false, message: `HTTP ${response.status}: ${text.slice(0, 200)}` };
}

const name = `tracker_two_${Date.now()}_${randomBytes(3).toString("hex")}`;
const admin = postgres(server, { max: 1, onnotice: () => {} });
const work = mkdtempSync(path.join(tmpdir(), "tracker-two-"));
const children = [];
let db;
try {
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  db = postgres(url.toString(), { max: 2, onnotice: () => {} });
  // What every instance behind one load balancer shares.
  const shared = {
    DATABASE_URL: url.toString(),
    DEMO: "1",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: `http://127.0.0.1:${PORTS[0]}`,
    MAIL_DIR: path.join(work, "mail"),
  };
  const bases = PORTS.map((port) => `http://127.0.0.1:${port}`);
  children.push(...PORTS.map((port, i) => startInstance(port, shared, path.join(work, `instance-${i}.log`))));
  await Promise.all(bases.map((base, i) => healthy(base, children[i])));
  const [a, b] = bases;

  // Both started on an empty database at once: each migration and the seed applied once.
  const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8"));
  const [{ n: applied }] = await db`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`;
  check(
    "two instances starting at once apply each migration once",
    applied === journal.entries.length,
    `${applied} of ${journal.entries.length}`,
  );
  const [{ n: demo }] = await db`SELECT count(*)::int AS n FROM users WHERE email LIKE '%@demo.test'`;
  check("and seed the demo accounts once", demo === 9, `${demo} accounts`);

  // Signed in on A, acting on B with the same cookie, read back on A.
  const cookie = await signIn(a, "secretariat@demo.test");
  const list = await fetch(`${b}/activities`, { headers: { Cookie: cookie }, redirect: "manual" });
  check("a session made on A opens the list on B", list.status === 200, `HTTP ${list.status}`);
  const [unicef] = await db`SELECT id FROM organisations WHERE code = 'UNICEF'`;
  const [clause] = await db`SELECT id FROM plan_clauses WHERE number = '1.2.4'`;
  const title = `Two-instance check ${name}`;
  const created = await callAction(
    b,
    "/activities/new",
    actionId("createActivityAction"),
    [
      {
        title,
        summary: "",
        type: "workshop",
        themes: ["childrens_rights"],
        leadOrganisationId: unicef.id,
        involved: [],
        clauseIds: [clause.id],
        primaryClauseId: clause.id,
        startDate: "2026-03-10",
        startPrecision: "day",
        endDate: "",
        endPrecision: "day",
        dateParts: [],
        mode: "in_person",
        meetingLink: "",
        city: "Bangkok",
        countryCode: "TH",
        scope: "regional",
        language: "en",
        expectedParticipants: "",
        seriesId: "",
        seriesOrdinal: "",
      },
    ],
    cookie,
  );
  check("B creates an activity with A's session", created.ok === true, created.ok ? "" : created.message);
  const activityId = created.data?.id;
  const page = await fetch(`${a}/activities/${activityId}`, { headers: { Cookie: cookie } });
  check("A shows the activity created on B", page.status === 200 && (await page.text()).includes(title));

  // 20 concurrent cancellations of the same version, 10 on each instance: one wins.
  const [{ version }] = await db`SELECT version FROM activities WHERE id = ${activityId}`;
  const transition = actionId("transitionActivityAction");
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      callAction(
        bases[i % 2],
        `/activities/${activityId}`,
        transition,
        [activityId, version, "cancel", { comment: `race ${i}` }],
        cookie,
      ),
    ),
  );
  const winners = results.filter((r) => r.ok === true).length;
  check("20 concurrent transitions across both instances: exactly one wins", winners === 1, `${winners} won`);
  const [after] = await db`SELECT status, version FROM activities WHERE id = ${activityId}`;
  const [{ n: events }] =
    await db`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${activityId} AND action = 'cancel'`;
  check(
    "the entry changed once, with one audit event",
    after.status === "cancelled" && after.version === version + 1 && events === 1,
    `${after.status}, version ${version} -> ${after.version}, ${events} event(s)`,
  );

  // The owner signs in once on A: that browser is recognised for the account from now on.
  const email = "viewer@demo.test";
  const owner = await attemptSignIn(a, email, DEMO_PASSWORD);
  check("a sign-in gives the browser a device cookie", Boolean(owner.device));
  // No proxy is configured: the address counted is the TCP peer's, whatever a client claims.
  const claimed = await attemptSignIn(a, "nobody@example.org", "wrong", {
    headers: { "X-Forwarded-For": "203.0.113.9" },
  });
  const [counted] = await db`SELECT after->>'clientAddress' AS address FROM audit_events
    WHERE entity_id = 'sign-in' AND after->>'email' = 'nobody@example.org'`;
  check(
    "the per-address limit counts the socket's address by default, not X-Forwarded-For",
    claimed.error === "CredentialsSignin" && counted?.address === "127.0.0.1",
    counted?.address,
  );
  // 100 wrong passwords for one email at once, split across both instances; the right one
  // is sent amid them, once the burst has used up the email's attempts.
  const burst = Array.from({ length: 100 }, (_, i) => attemptSignIn(bases[i % 2], email, `wrong password ${i}`));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const [row] = await db`SELECT throttled_until FROM sign_in_throttles WHERE key = ${`email:${email}`}`;
    if (row?.throttled_until) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const right = attemptSignIn(b, email, DEMO_PASSWORD);
  const answers = await Promise.all([...burst, right]);
  const checked = answers.filter((r) => r.error === "CredentialsSignin").length;
  const refused = answers.filter((r) => /too many/i.test(r.error ?? "")).length;
  const [{ n: audited }] = await db`SELECT count(*)::int AS n FROM audit_events
    WHERE entity_id = 'sign-in' AND after->>'email' = ${email} AND action IN ('sign_in_failed', 'sign_in_throttled')`;
  check(
    "100 parallel wrong passwords across both instances: at most 10 checked, the rest refused",
    checked <= 10 && audited === checked && checked + refused === 101,
    `${checked} checked, ${refused} refused, ${audited} failures audited`,
  );
  const inBurst = answers.at(-1);
  check(
    "the right password sent amid the burst gets no session",
    !inBurst.cookie && /too many/i.test(inBurst.error ?? ""),
    inBurst.error ?? "signed in",
  );
  const stranger = await attemptSignIn(a, email, DEMO_PASSWORD);
  check(
    "a new browser with the right password waits (the delay is specified in docs/security.md)",
    !stranger.cookie && /too many/i.test(stranger.error ?? ""),
    stranger.error ?? "signed in",
  );
  const back = await attemptSignIn(b, email, DEMO_PASSWORD, { device: owner.device });
  check(
    "the owner's recognised browser gets in at once, on the other instance",
    Boolean(back.cookie),
    back.error ?? "",
  );
} catch (error) {
  check("the two-instance test ran to the end", false, error instanceof Error ? error.message : String(error));
  console.log(`logs in ${work}`);
} finally {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM")),
        ),
    ),
  );
  await db?.end({ timeout: 2 });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  if (counts.failed === 0) rmSync(work, { recursive: true, force: true });
  report();
}
process.exit(counts.failed === 0 ? 0 : 1);
