import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, organisations } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { demoUser } from "@/tests/actors";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { QUEUE_BADGE_CAP, countQueue, getQueue } from "./queue";

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
    await database.db
      .insert(activities)
      .values(
        Array.from({ length: n }, (_, i) => ({
          title: `Draft ${i}`,
          type: "workshop" as const,
          leadOrganisationId: unicef!.id,
        })),
      );
  };

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
