import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, organisations } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { demoUser } from "@/tests/actors";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { QUEUE_BADGE_CAP, countQueue, getQueue } from "@/lib/dal/activities/queue";

describe.each(ENGINES)("the queue badge on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
  });
  afterAll(() => database.close());

  const addDrafts = async (n: number) => {
    const [unicef] = await database.db.select().from(organisations).where(eq(organisations.code, "UNICEF"));
    await database.db.insert(activities).values(
      Array.from({ length: n }, (_, i) => ({
        title: `Draft ${i}`,
        type: "workshop" as const,
        leadOrganisationId: unicef!.id,
      })),
    );
  };

  it("counts in the navigation exactly the rows the queue page shows, for every role that has one", async () => {
    for (const email of ["secretariat", "reviewer", "unicef", "undp", "admin"]) {
      const user = await demoUser(database.db, `${email}@demo.test`);
      const rows = await getQueue(user);
      expect(await countQueue(user), email).toBe(rows.length);
      // Each row carries its context: the organisation and since when it waits.
      for (const row of rows) {
        expect(row.organisation, email).toBeTruthy();
        expect(row.waitingSince, email).toBeInstanceOf(Date);
      }
    }
  });

  it("counts what waits exactly below the cap, and stops at it", async () => {
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const before = (await getQueue(secretariat)).length;
    expect(before).toBeLessThan(QUEUE_BADGE_CAP - 3);
    expect(await countQueue(secretariat)).toBe(before);
    await addDrafts(3);
    expect(await countQueue(secretariat)).toBe(before + 3);
    await addDrafts(QUEUE_BADGE_CAP);
    expect(await countQueue(secretariat)).toBe(QUEUE_BADGE_CAP);
    // The queue page itself still lists them all.
    expect((await getQueue(secretariat)).length).toBe(before + 3 + QUEUE_BADGE_CAP);
  });
});
