import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { recordAudit } from "./audit";

// drizzle wraps the database's error; the trigger's own message is its cause.
const refusedByTrigger = {
  cause: expect.objectContaining({ message: expect.stringMatching(/audit_events is append-only/) }),
};

describe.each(ENGINES)("the audit trail on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await recordAudit(database.db, [
      { actor: null, entityType: "activity", entityId: "a1", action: "create", after: { title: "Dialogue" } },
    ]);
  });
  afterAll(() => database.close());

  it("keeps what was written", async () => {
    const [event] = await database.db.select().from(auditEvents);
    expect(event).toMatchObject({
      entityType: "activity",
      entityId: "a1",
      action: "create",
      after: { title: "Dialogue" },
    });
    expect(event!.occurredAt).toBeInstanceOf(Date);
  });

  it("refuses UPDATE", async () => {
    await expect(
      database.db.update(auditEvents).set({ action: "forged" }).where(eq(auditEvents.entityId, "a1")),
    ).rejects.toMatchObject(refusedByTrigger);
  });

  it("refuses DELETE", async () => {
    await expect(database.db.delete(auditEvents)).rejects.toMatchObject(refusedByTrigger);
  });

  it("refuses TRUNCATE", async () => {
    await expect(database.db.execute(sql`TRUNCATE audit_events`)).rejects.toMatchObject(refusedByTrigger);
  });

  it("still holds the event after the attempts", async () => {
    const events = await database.db.select({ action: auditEvents.action }).from(auditEvents);
    expect(events).toEqual([{ action: "create" }]);
  });
});
