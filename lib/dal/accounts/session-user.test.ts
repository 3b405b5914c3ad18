import { eq } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { auditEvents, recoveryCodes, userSessions, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/secret-box";
import { newRecoveryCodes, newTotpSecret, totpCode } from "@/lib/auth/totp";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { MfaRequiredError, verifyCredentials } from "@/lib/dal/accounts/session-user";
import { endSession, resolveSession, startSession } from "@/lib/dal/accounts/sessions";

describe.each(ENGINES)("sessions on %s", (engine) => {
  const seeded = seededDatabase(engine);

  const setUser = (email: string, values: PgUpdateSetSource<typeof users>) =>
    seeded.current.db.update(users).set(values).where(eq(users.email, email));

  const session = async (email: string, at = new Date()) => {
    const verified = await verifyCredentials(email, DEMO_PASSWORD, { now: at });
    return startSession(verified!.userId, at);
  };

  it("signs in with the right password, whatever the case of the email", async () => {
    const verified = await verifyCredentials("UNICEF@demo.test", DEMO_PASSWORD);
    const active = await resolveSession(await startSession(verified!.userId));
    expect(active?.user).toMatchObject({
      email: "unicef@demo.test",
      role: "focal_point",
      organisation: { code: "UNICEF", acronym: "UNICEF" },
    });
    expect(Object.keys(active!.user).sort()).toEqual(["email", "id", "name", "organisation", "role"]);
    expect(active!.mustEnrolMfa).toBe(false);
    const [row] = await seeded.current.db
      .select({ at: users.lastSignInAt })
      .from(users)
      .where(eq(users.email, "unicef@demo.test"));
    expect(row!.at).toBeInstanceOf(Date);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await verifyCredentials("unicef@demo.test", "wrong password")).toBeNull();
    expect(await verifyCredentials("nobody@demo.test", DEMO_PASSWORD)).toBeNull();
  });

  it("refuses a deactivated user's password", async () => {
    await setUser("viewer@demo.test", { active: false });
    expect(await verifyCredentials("viewer@demo.test", DEMO_PASSWORD)).toBeNull();
  });

  it("ends a session at the next request once the user is deactivated", async () => {
    const id = await session("ohchr@demo.test");
    expect(await resolveSession(id)).not.toBeNull();
    await setUser("ohchr@demo.test", { active: false });
    expect(await resolveSession(id)).toBeNull();
    await setUser("ohchr@demo.test", { active: true });
    expect(await resolveSession(id)).not.toBeNull();
  });

  it("ends only the signed-out session: a copy of its cookie is worth nothing, other devices stay", async () => {
    const laptop = await session("undp@demo.test");
    const phone = await session("undp@demo.test");
    await endSession(laptop);
    expect(await resolveSession(laptop)).toBeNull();
    expect(await resolveSession(phone)).not.toBeNull();
    const [ended] = await seeded.current.db.select().from(userSessions).where(eq(userSessions.id, laptop));
    expect(ended!.endReason).toBe("sign_out");
    const trail = await seeded.current.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, ended!.userId));
    expect(trail.map((t) => t.action).sort()).toEqual(["seed", "sign_in", "sign_in", "sign_out"]);
  });

  it("ends a session after 30 minutes idle, and after 8 hours however busy", async () => {
    const start = new Date();
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    const idle = await session("undp@demo.test", start);
    expect(await resolveSession(idle, minutes(29))).not.toBeNull();
    expect(await resolveSession(idle, minutes(58))).not.toBeNull(); // 29 minutes after the last request
    expect(await resolveSession(idle, minutes(88))).toBeNull();
    expect(await resolveSession(idle, minutes(89))).toBeNull(); // ended stays ended

    const busy = await session("undp@demo.test", start);
    for (let m = 20; m < 8 * 60; m += 20) expect(await resolveSession(busy, minutes(m))).not.toBeNull();
    expect(await resolveSession(busy, minutes(8 * 60))).toBeNull();
  });

  it("reads the role afresh, so a changed role applies at the next request", async () => {
    const id = await session("reviewer2@demo.test");
    await setUser("reviewer2@demo.test", { role: "viewer" });
    expect((await resolveSession(id))?.user).toMatchObject({ role: "viewer" });
  });

  it("finds no session for a forged id", async () => {
    expect(await resolveSession("'; DROP TABLE users; --")).toBeNull();
    expect(await resolveSession("8a7f6c1e-0000-4000-8000-000000000000")).toBeNull();
  });

  it("asks for the second step once set up; takes each code once, and each recovery code once", async () => {
    const now = new Date("2027-03-01T09:00:00Z");
    const secret = newTotpSecret();
    const [recovery] = newRecoveryCodes(1);
    const [user] = await seeded.current.db
      .update(users)
      .set({ mfaSecret: seal(secret), mfaEnabledAt: now })
      .where(eq(users.email, "reviewer@demo.test"))
      .returning({ id: users.id });
    await seeded.current.db.insert(recoveryCodes).values({ userId: user!.id, codeHash: await hashPassword(recovery!) });

    await expect(verifyCredentials("reviewer@demo.test", DEMO_PASSWORD, { now })).rejects.toBeInstanceOf(
      MfaRequiredError,
    );
    expect(await verifyCredentials("reviewer@demo.test", DEMO_PASSWORD, { now, code: "000000" })).toBeNull();
    const code = totpCode(secret, now);
    expect(await verifyCredentials("reviewer@demo.test", DEMO_PASSWORD, { now, code })).toEqual({
      userId: user!.id,
      deviceRecognised: false,
    });
    expect(await verifyCredentials("reviewer@demo.test", DEMO_PASSWORD, { now, code })).toBeNull(); // replayed
    // The wrong password with a right code is still a wrong password.
    const later = new Date(now.getTime() + 60_000);
    expect(
      await verifyCredentials("reviewer@demo.test", "guess", { now: later, code: totpCode(secret, later) }),
    ).toBeNull();

    const typed = recovery!.toUpperCase().replaceAll("-", " ");
    expect(await verifyCredentials("reviewer@demo.test", DEMO_PASSWORD, { now, code: typed })).toEqual({
      userId: user!.id,
      deviceRecognised: false,
    });
    expect(await verifyCredentials("reviewer@demo.test", DEMO_PASSWORD, { now, code: recovery })).toBeNull();
  });
});
