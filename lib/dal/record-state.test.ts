import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, activityClauses, organisations } from "@/db/schema";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { publicRecordState, recordState } from "@/lib/dal/record-state";

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
