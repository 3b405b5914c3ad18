// The benchmark's data: a database with the real record, the demo accounts and N synthetic
// activities, loaded by the project's own seeders (npm run db:seed, then the bulk seeder),
// and the few things the measured pages need, made through the data layer.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { and, asc, eq, notLike, sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseTarget } from "../db/client";
import { provideDatabase } from "../db/database";
import { activities, users } from "../db/schema";
import { SYNTHETIC_PREFIX } from "../db/seed/synthetic";
import { createNote } from "../lib/dal/notes/background-notes";
import { renewCalendarFeed } from "../lib/dal/activities/calendar";
import { queueDigests, runReminders } from "../lib/dal/notifications/daily-jobs";
import { loadActiveUser, type SessionUser } from "../lib/dal/accounts/session-user";

export const BENCH_EMAIL = "secretariat@demo.test";

/** The environment that points the app and the seeders at a target. */
export function targetEnv(target: DatabaseTarget): Record<string, string> {
  return target.engine === "postgres"
    ? { DATABASE_URL: target.url, PGLITE_DIR: "" }
    : { DATABASE_URL: "", PGLITE_DIR: target.dir };
}

function tsx(args: string[], env: Record<string, string>): void {
  const { status } = spawnSync("node_modules/.bin/tsx", args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  if (status !== 0) throw new Error(`tsx ${args.join(" ")} failed (exit ${status})`);
}

/** The record and demo accounts (npm run db:seed with DEMO=1), then the bulk seeder. */
export function seed(target: DatabaseTarget, synthetic: number): void {
  const env = { ...targetEnv(target), DEMO: "1" };
  tsx(["db/seed/run.ts"], env);
  tsx(["db/seed/bulk.ts", String(synthetic)], env);
}

export interface Fixtures {
  /** A real activity of the record (the activity page). */
  activityId: string;
  /** A Background Note of 2009-2030. */
  noteId: string;
  /** The calendar feed token of the bench user. */
  feedToken: string;
}

/**
 * The tables as autovacuum would leave them (this machine's server runs with it off, and
 * every activity the seeder adds leaves a dead row behind: the search triggers rewrite it
 * when its organisations are linked), then the note, the feed and an activity to open.
 *
 * The daily reminders and digests run once here, as on any day of a running tracker but its
 * first. Left to the app, the notification worker's first pass over a record never reminded
 * before (2,822 reminders and 594 emails for 2,000 synthetic activities) ran as the server
 * started, and on PGlite's one connection /api/health waited behind it: that was the 7.4 s
 * (18.6 s on a busy machine) "start-up on an existing directory" of the smoke.
 */
export async function makeFixtures(target: DatabaseTarget): Promise<Fixtures & { user: SessionUser }> {
  const handle = await openDatabase(target);
  try {
    await handle.db.execute(sql`VACUUM ANALYZE`);
    provideDatabase(handle);
    await runReminders();
    await queueDigests();
    const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, BENCH_EMAIL));
    const user = (await loadActiveUser(row!.id))!;
    const note = await createNote(user, {
      title: "Background Note 2009-2030",
      noteDate: "2026-11-01",
      periodFrom: "2009-01-01",
      periodTo: "2030-12-31",
      organisationCodes: [],
      themes: [],
      includeUndated: true,
    });
    const { token } = await renewCalendarFeed(user);
    const [activity] = await handle.db
      .select({ id: activities.id })
      .from(activities)
      .where(and(notLike(activities.externalRef, `${SYNTHETIC_PREFIX}%`), eq(activities.status, "completed")))
      .orderBy(asc(activities.startDate))
      .limit(1);
    return { user, activityId: activity!.id, noteId: note.id, feedToken: token };
  } finally {
    await handle.close();
  }
}

/** A new, empty database on the PostgreSQL server `server` names; drop() removes it. */
export async function freshPostgres(server: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A change to the record while the app runs, as an edit would make it: the activity's
 * version goes up (its title stays), which moves the record's version and every feed's ETag.
 */
export async function touchActivity(url: string, activityId: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`UPDATE activities SET version = version + 1, updated_at = now() WHERE id = ${activityId}`;
  } finally {
    await client.end();
  }
}
