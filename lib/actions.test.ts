import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { provideDatabase } from "@/db/database";
import { auditEvents } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/tests/databases";
import { numberArg, runAction, textArg } from "./actions";

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

  // A script's id that is no string: the refusal's audit turned it into text, and threw.
  it("is refused and audited with the id as invalid when the id is no string", async () => {
    const entityId = { toString: {} } as unknown as string;
    const result = await runAction({ entityType: "activity", entityId, action: "reschedule" }, vi.fn());
    expect(result).toEqual({ ok: false, message: "Your session has ended: sign in again. Nothing was changed." });
    const refused = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "refused"));
    const event = refused.find((e) => (e.after as { attempted?: string } | null)?.attempted === "reschedule");
    expect(event).toMatchObject({ entityId: "invalid", after: { attempted: "reschedule", reason: "unauthenticated" } });
  });
});

describe("a server action's positional arguments", () => {
  // Found by the fuzzing: String({ toString: {} }) throws, and the action answered with a 500.
  const hostile = [{ toString: {} }, { valueOf: {}, toString: {} }, Object.create(null), [1, 2], null, undefined, true];

  it("are taken as text only when they are text or a number", () => {
    expect(textArg("8a7f6c1e-0000-4000-8000-000000000000")).toBe("8a7f6c1e-0000-4000-8000-000000000000");
    expect(textArg(3)).toBe("3");
    for (const value of hostile) expect(textArg(value)).toBe("");
  });

  it("are taken as a number only when they are a number or text", () => {
    expect(numberArg(4)).toBe(4);
    expect(numberArg("4")).toBe(4);
    for (const value of hostile) expect(numberArg(value)).toBeNaN();
  });
});
