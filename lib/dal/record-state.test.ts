import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { getDatabase, provideDatabase } from "@/db/database";
import { activities, activityClauses, organisations } from "@/db/schema";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { actingUser } from "@/tests/users";
import { getFilterOptions } from "@/lib/dal/activities/list";
import { keptWhileRecordUnchanged, publicRecordState, recordState } from "@/lib/dal/record-state";

describe.each(ENGINES)("the record's change state on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const version = async () => (await publicRecordState()).version;

  it("stays put while nothing is written, and is readable by every role that reads activities", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const before = await recordState(viewer);
    expect(await recordState(viewer)).toEqual(before);
    expect(before.version).toBeGreaterThan(1); // the seed itself changed the record
  });

  it("moves with an insert, an update, a publication flag, a deletion and a truncation", async () => {
    const { db } = seeded.current;
    const [first] = await db.select({ id: activities.id }).from(activities).limit(1);
    const steps: Array<() => Promise<unknown>> = [
      () => db.update(activities).set({ publishToIati: false }).where(eq(activities.id, first!.id)),
      () => db.update(activities).set({ publishToIati: true }).where(eq(activities.id, first!.id)),
      () => db.delete(activityClauses).where(eq(activityClauses.activityId, first!.id)),
      () => db.update(organisations).set({ iatiType: "40" }).where(eq(organisations.code, "UNICEF")),
      () => db.execute(sql`TRUNCATE report_attachments`),
    ];
    for (const step of steps) {
      const before = await version();
      await step();
      expect(await version()).toBeGreaterThan(before);
    }
  });

  it("moves once for a transaction of many rows, and not at all for one rolled back", async () => {
    const { db } = seeded.current;
    const before = await version();
    await db.update(activities).set({ summary: sql`${activities.summary}` });
    expect(await version()).toBe(before + 1);
    await expect(
      db.transaction(async (tx) => {
        await tx.update(activities).set({ summary: "gone" });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await version()).toBe(before + 1);
  });

  it("withholds Last-Modified for two seconds after a change, then gives the change's time", async () => {
    const { db } = seeded.current;
    await db.update(activities).set({ summary: sql`${activities.summary}` });
    expect((await publicRecordState()).lastModified).toBeNull();
    await db.execute(sql`UPDATE record_state SET changed_at = now() - interval '1 minute'`);
    const settled = (await publicRecordState()).lastModified;
    expect(settled).toBeInstanceOf(Date);
    expect(Date.now() - settled!.getTime()).toBeGreaterThan(50_000);
  });
});

describe.each(ENGINES)("a value kept while the record is unchanged, on %s", (engine) => {
  const seeded = seededDatabase(engine);

  /** A kept value that counts its computations. */
  const counted = () => {
    let computed = 0;
    const get = keptWhileRecordUnchanged(async () => ++computed);
    return { get, computed: () => computed };
  };

  it("is computed once while nothing is written, again after a commit, not after a rollback", async () => {
    const { db } = seeded.current;
    const kept = counted();
    expect(await kept.get()).toBe(1);
    expect(await kept.get()).toBe(1);
    await db.update(activities).set({ summary: sql`${activities.summary}` });
    expect(await kept.get()).toBe(2);
    await expect(
      db.transaction(async (tx) => {
        await tx.update(activities).set({ summary: "gone" });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await kept.get()).toBe(2);
    expect(kept.computed()).toBe(2);
  });

  it("keeps no failure: the next call computes again", async () => {
    let calls = 0;
    const get = keptWhileRecordUnchanged(async () => {
      calls += 1;
      if (calls === 1) throw new Error("database busy");
      return "options";
    });
    await expect(get()).rejects.toThrow("database busy");
    expect(await get()).toBe("options");
    expect(await get()).toBe("options");
    expect(calls).toBe(2);
  });

  it("gives the filter options a change made by SQL alone, with nothing told to forget them", async () => {
    const { db } = seeded.current;
    const viewer = actingUser("viewer");
    const before = await getFilterOptions(viewer);
    expect(await getFilterOptions(viewer)).toBe(before); // kept: the very same object
    await db.execute(sql`UPDATE organisations SET acronym = 'UNICEF-X' WHERE code = 'UNICEF'`);
    const after = await getFilterOptions(viewer);
    expect(after.organisations).toContainEqual({ code: "UNICEF", label: "UNICEF-X" });
    expect(before.organisations).toContainEqual({ code: "UNICEF", label: "UNICEF" });
    await db.execute(sql`UPDATE organisations SET acronym = 'UNICEF' WHERE code = 'UNICEF'`);
  });
});

describe.skipIf(!ENGINES.includes("postgres"))("a value kept while the record is unchanged, on two instances", () => {
  const seeded = seededDatabase("postgres");

  // Two instances of the app on one PostgreSQL database: each its own connection and its own
  // kept value. A change written by one is seen by the other at its next call.
  it("sees a change another instance committed", async () => {
    const first = seeded.current;
    const second = await openDatabase({ engine: "postgres", url: first.url! });
    try {
      const kept = keptWhileRecordUnchanged(async () => {
        const db = await getDatabase();
        const [row] = await db
          .select({ name: organisations.name })
          .from(organisations)
          .where(eq(organisations.code, "ILO"));
        return row!.name;
      });
      const asFirst = async () => (provideDatabase(first), kept());
      const asSecond = async () => (provideDatabase(second), kept());
      const name = await asFirst();
      expect(await asSecond()).toBe(name);
      await second.db
        .update(organisations)
        .set({ name: "Renamed by the second instance" })
        .where(eq(organisations.code, "ILO"));
      expect(await asFirst()).toBe("Renamed by the second instance");
      await first.db.update(organisations).set({ name }).where(eq(organisations.code, "ILO"));
      expect(await asSecond()).toBe(name);
    } finally {
      provideDatabase(first);
      await second.close();
    }
  });
});
