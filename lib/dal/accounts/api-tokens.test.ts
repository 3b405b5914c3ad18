import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens, auditEvents } from "@/db/schema";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { countApiRequest } from "@/lib/dal/accounts/api-rate-limits";
import { callerForApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/dal/accounts/api-tokens";

describe.each(ENGINES)("personal API tokens and the API's rate limit on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;

  it("shows a token once, keeps only its hash, and lets it stand for its user until revoked", async () => {
    const viewer = await demoUser(db(), "viewer@demo.test");
    const { id, token } = await createApiToken(viewer, { name: "Notebook", expiresInDays: "30" });
    expect(token).toMatch(/^aut_[\w-]{40,}$/);
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect((await callerForApiToken(token))?.user.id).toBe(viewer.id);
    expect(await listApiTokens(viewer)).toEqual([expect.objectContaining({ id, name: "Notebook", revokedAt: null })]);
    expect(Object.keys((await listApiTokens(viewer))[0]!)).not.toContain("tokenHash");

    // Another user cannot revoke it; its owner can, and then it stands for no one.
    const unicef = await demoUser(db(), "unicef@demo.test");
    await expect(revokeApiToken(unicef, id)).rejects.toMatchObject({ code: "not_found" });
    await revokeApiToken(viewer, id);
    expect(await callerForApiToken(token)).toBeNull();
    await expect(revokeApiToken(viewer, id)).rejects.toMatchObject({ code: "not_found" });
    const events = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, viewer.id), eq(auditEvents.entityType, "user")));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["create_api_token", "revoke_api_token"]));
  });

  it("refuses an expired token, a made-up one and a bad lifetime", async () => {
    const viewer = await demoUser(db(), "viewer@demo.test");
    const past = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const { token } = await createApiToken(viewer, { name: "Old", expiresInDays: 30 }, past);
    expect(await callerForApiToken(token)).toBeNull();
    expect(await callerForApiToken(`aut_${"x".repeat(43)}`)).toBeNull();
    expect(await callerForApiToken("not a token")).toBeNull();
    await expect(createApiToken(viewer, { name: "Forever", expiresInDays: 10_000 })).rejects.toThrow();
    await expect(createApiToken(viewer, { name: "", expiresInDays: 30 })).rejects.toThrow();
  });

  it("counts requests per key in a window shared by every instance, and says how long to wait", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    expect(await countApiRequest("address:192.0.2.1", 2, at(0))).toEqual({ allowed: true });
    expect(await countApiRequest("address:192.0.2.1", 2, at(10))).toEqual({ allowed: true });
    expect(await countApiRequest("address:192.0.2.1", 2, at(20))).toEqual({ allowed: false, retryAfterSeconds: 40 });
    // Another key has its own count; a new window starts afresh.
    expect(await countApiRequest("address:192.0.2.2", 2, at(20))).toEqual({ allowed: true });
    expect(await countApiRequest("address:192.0.2.1", 2, at(61))).toEqual({ allowed: true });
  });
});
