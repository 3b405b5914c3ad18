import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { provideDatabase } from "@/db/database";
import { auditEvents } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/databases";
import { runAction } from "./actions";

// No session: as when a server action is posted by someone signed out (or by a script).
vi.mock("@/lib/auth/session", () => ({ getActiveSession: async () => null }));

describe("a server action without a session", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
  });
  afterAll(() => database.close());

  it("is refused before the data layer is called, and the refusal is audited", async () => {
    const change = vi.fn();
    const result = await runAction(
      { entityType: "activity", entityId: "8a7f6c1e-0000-4000-8000-000000000000", action: "approve" },
      change,
    );
    expect(result).toEqual({ ok: false, message: "Your session has ended: sign in again. Nothing was changed." });
    expect(change).not.toHaveBeenCalled();
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "refused"));
    expect(event).toMatchObject({
      actorUserId: null,
      entityId: "8a7f6c1e-0000-4000-8000-000000000000",
      after: { attempted: "approve", reason: "unauthenticated" },
    });
  });
});
