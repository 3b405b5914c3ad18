import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { provideDatabase } from "@/db/database";
import { auditEvents } from "@/db/schema";
import type { ActiveSession } from "@/lib/dal/accounts/sessions";
import { auditingRefusals } from "@/lib/dal/audit-trail";
import { deleteNote } from "@/lib/dal/notes/background-notes";
import { setMfaRequiredRoles } from "@/lib/dal/admin/settings";
import { inviteUser } from "@/lib/dal/accounts/users";
import { AppError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/tests/databases";
import { actingUser } from "@/tests/users";
import { runAction } from "./actions";

const viewer = actingUser("viewer", "00000000-0000-4000-8000-0000000000aa");
const session = vi.hoisted(() => ({ current: null as ActiveSession | null }));
vi.mock("@/lib/auth/session", () => ({ getActiveSession: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("a refused server action, whatever it would have changed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
    session.current = { sessionId: "s", user: viewer, mustEnrolMfa: false };
  });
  afterAll(() => database.close());

  const refusalsOf = (entityType: "user" | "note" | "setting" | "activity") =>
    database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "refused"),
          eq(auditEvents.actorUserId, viewer.id),
          eq(auditEvents.entityType, entityType),
        ),
      );

  it("leaves a trace for users, notes and settings as for activities, and changes nothing", async () => {
    const noteId = "8a7f6c1e-0000-4000-8000-000000000001";
    const results = [
      await runAction({ entityType: "user", entityId: "new", action: "invite" }, (u) => inviteUser(u, {})),
      await runAction({ entityType: "note", entityId: noteId, action: "delete" }, (u) => deleteNote(u, noteId)),
      await runAction({ entityType: "setting", entityId: "self", action: "set_mfa_required_roles" }, (u) =>
        setMfaRequiredRoles(u, { roles: [] }),
      ),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false });
    expect((await refusalsOf("user")).map((e) => e.after)).toEqual([{ attempted: "invite", reason: "forbidden" }]);
    expect((await refusalsOf("note")).map((e) => [e.entityId, e.after])).toEqual([
      [noteId, { attempted: "delete", reason: "forbidden" }],
    ]);
    expect((await refusalsOf("setting")).map((e) => e.after)).toEqual([
      { attempted: "set_mfa_required_roles", reason: "forbidden" },
    ]);
  });

  it("is written once, when the data layer has already audited it", async () => {
    const subject = { entityType: "activity" as const, entityId: "new", action: "create" };
    await runAction(subject, (u) =>
      auditingRefusals(u, subject, async () => {
        throw new AppError("forbidden", "activity:create");
      }),
    );
    expect(await refusalsOf("activity")).toHaveLength(1);
  });

  it("is not a refusal when the input is wrong or someone else saved first: those are not audited", async () => {
    const before = (await refusalsOf("user")).length;
    const result = await runAction({ entityType: "user", entityId: "new", action: "invite" }, async () => {
      throw new AppError("invalid", "input", "The email is taken.");
    });
    expect(result).toEqual({ ok: false, message: "That did not work." });
    expect(await refusalsOf("user")).toHaveLength(before);
  });
});
