import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, recoveryCodes, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { totpCode } from "@/lib/auth/totp";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import {
  changePassword,
  confirmMfaEnrolment,
  disableMfa,
  endOtherSessions,
  listOwnSessions,
  renewRecoveryCodes,
  securityOverview,
  startMfaEnrolment,
} from "@/lib/dal/accounts/security";
import { MfaRequiredError, verifyCredentials } from "@/lib/dal/accounts/session-user";
import { setMfaRequiredRoles } from "@/lib/dal/admin/settings";
import { resolveSession, startSession, type ActiveSession } from "@/lib/dal/accounts/sessions";

const STRONG = "kampong breeze ledger 1967";

describe.each(ENGINES)("the account holder's security on %s", (engine) => {
  const database = seededDatabase(engine);
  const sessionOf = async (email: string, password = DEMO_PASSWORD): Promise<ActiveSession> => {
    const verified = await verifyCredentials(email, password);
    return (await resolveSession(await startSession(verified!.userId)))!;
  };

  it("changes the password with the current one; other sessions end, this one stays", async () => {
    const here = await sessionOf("undp@demo.test");
    const elsewhere = await sessionOf("undp@demo.test");
    const change = (values: Record<string, string>) =>
      changePassword(here, { current: DEMO_PASSWORD, password: STRONG, confirmation: STRONG, ...values });
    await expect(change({ current: "not it" })).rejects.toMatchObject({
      fieldErrors: { current: "This is not your current password." },
    });
    await expect(change({ password: "qwerty123456", confirmation: "qwerty123456" })).rejects.toMatchObject({
      fieldErrors: { password: expect.stringMatching(/too common/) },
    });
    await expect(change({ password: "x".repeat(129), confirmation: "x".repeat(129) })).rejects.toThrow();
    await expect(change({ confirmation: "something else" })).rejects.toThrow();
    await change({});
    expect(await resolveSession(here.sessionId)).not.toBeNull();
    expect(await resolveSession(elsewhere.sessionId)).toBeNull();
    expect(await verifyCredentials("undp@demo.test", DEMO_PASSWORD)).toBeNull();
    expect(await verifyCredentials("undp@demo.test", STRONG)).not.toBeNull();
  });

  it("lists where the user is signed in, and signs out everywhere else with the password", async () => {
    const here = await sessionOf("ohchr@demo.test");
    const phone = await sessionOf("ohchr@demo.test");
    const listed = await listOwnSessions(here);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.map((s) => s.id).sort()).toEqual([here.sessionId, phone.sessionId].sort());
    await expect(endOtherSessions(here, { password: "wrong" })).rejects.toMatchObject({
      fieldErrors: { password: "This is not your password." },
    });
    expect(await resolveSession(phone.sessionId)).not.toBeNull();
    await endOtherSessions(here, { password: DEMO_PASSWORD });
    expect(await resolveSession(phone.sessionId)).toBeNull();
    expect((await listOwnSessions(here)).map((s) => s.id)).toEqual([here.sessionId]);
  });

  it("limits password and code re-checks per user: 10 wrong, then refused unchecked, audited", async () => {
    const here = await sessionOf("viewer@demo.test");
    for (let i = 0; i < 10; i++)
      await expect(endOtherSessions(here, { password: `wrong ${i}` })).rejects.toMatchObject({
        fieldErrors: { password: "This is not your password." },
      });
    // The right password is refused too while the wait lasts: guesses cannot go on.
    await expect(endOtherSessions(here, { password: DEMO_PASSWORD })).rejects.toMatchObject({
      fieldErrors: { password: "Too many failed checks: try again in 1 minute." },
    });
    await expect(renewRecoveryCodes(here, { code: "123456" })).rejects.toThrow();
    const events = await database.current.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, here.user.id), like(auditEvents.action, "step_up%")));
    expect(events.filter((e) => e.action === "step_up_failed")).toHaveLength(10);
    expect(events.filter((e) => e.action === "step_up_refused_throttled")).toHaveLength(1);
  });

  it("enrols with a QR code and a first code, gives ten recovery codes, then asks for a code at sign-in", async () => {
    const session = await sessionOf("unicef@demo.test");
    const elsewhere = await sessionOf("unicef@demo.test");
    const { secret, uri, qrSvg } = await startMfaEnrolment(session);
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*unicef%40demo\.test\?.*secret=/);
    expect(qrSvg).toMatch(/^<svg/);
    await expect(confirmMfaEnrolment(session, { code: "123456" })).rejects.toMatchObject({
      fieldErrors: { code: expect.stringMatching(/did not match/) },
    });
    const now = new Date();
    const codes = await confirmMfaEnrolment(session, { code: totpCode(secret, now) }, now);
    expect(codes).toHaveLength(10);
    // Turning it on ends the sessions opened with the password alone, except this one.
    expect(await resolveSession(elsewhere.sessionId)).toBeNull();
    expect(await resolveSession(session.sessionId)).not.toBeNull();
    expect(new Set(codes).size).toBe(10);
    // Stored as hashes, never as the codes themselves.
    const stored = await database.current.db
      .select()
      .from(recoveryCodes)
      .where(eq(recoveryCodes.userId, session.user.id));
    expect(stored).toHaveLength(10);
    expect(stored.some((s) => codes.includes(s.codeHash))).toBe(false);
    const [row] = await database.current.db.select().from(users).where(eq(users.id, session.user.id));
    expect(row!.mfaSecret).not.toContain(secret);

    await expect(verifyCredentials("unicef@demo.test", DEMO_PASSWORD)).rejects.toBeInstanceOf(MfaRequiredError);
    expect(await verifyCredentials("unicef@demo.test", DEMO_PASSWORD, { code: codes[0] })).not.toBeNull();
    expect(await securityOverview(session)).toMatchObject({ mfaEnabled: true, recoveryCodesLeft: 9 });

    const later = new Date(now.getTime() + 60_000);
    const fresh = await renewRecoveryCodes(session, { code: totpCode(secret, later) }, later);
    expect(fresh).toHaveLength(10);
    expect(await securityOverview(session)).toMatchObject({ recoveryCodesLeft: 10 });
    expect(await verifyCredentials("unicef@demo.test", DEMO_PASSWORD, { code: codes[1] })).toBeNull();

    await expect(disableMfa(session, { password: "wrong" })).rejects.toThrow();
    await disableMfa(session, { password: DEMO_PASSWORD });
    expect(await verifyCredentials("unicef@demo.test", DEMO_PASSWORD)).not.toBeNull();
    // Every change to how they sign in was mailed to them, so one they did not make shows.
    const notices = await database.current.db
      .select({ subject: emailOutbox.subject, text: emailOutbox.text })
      .from(emailOutbox)
      .where(eq(emailOutbox.userId, session.user.id));
    expect(notices.map((n) => n.text.split(" on your")[0]!.replace("Uma UNICEF, ", ""))).toEqual([
      "two-step verification was turned on",
      "a recovery code was used to sign in (each works once)",
      "new recovery codes were made (the old ones no longer work)",
      "two-step verification was turned off",
    ]);
  });

  it("holds users of a required role to enrolment: nothing else until they do, and no turning it off", async () => {
    const admin = await demoUser(database.current.db, "admin@demo.test");
    const before = await sessionOf("reviewer@demo.test");
    expect(before.mustEnrolMfa).toBe(false);
    await setMfaRequiredRoles(admin, { roles: ["reviewer"] });
    const held = (await resolveSession(before.sessionId))!;
    expect(held.mustEnrolMfa).toBe(true);
    expect((await resolveSession((await sessionOf("secretariat@demo.test")).sessionId))!.mustEnrolMfa).toBe(false);

    const { secret } = await startMfaEnrolment(held);
    await confirmMfaEnrolment(held, { code: totpCode(secret, new Date()) });
    expect((await resolveSession(held.sessionId))!.mustEnrolMfa).toBe(false);
    await expect(disableMfa(held, { password: DEMO_PASSWORD })).rejects.toThrow(/must use two-step verification/);
    await setMfaRequiredRoles(admin, { roles: [] });
  });

  it("lets only admins set the required roles, and only to real roles", async () => {
    const reviewer = await demoUser(database.current.db, "reviewer2@demo.test");
    await expect(setMfaRequiredRoles(reviewer, { roles: [] })).rejects.toMatchObject({ code: "forbidden" });
    const admin = await demoUser(database.current.db, "admin@demo.test");
    await expect(setMfaRequiredRoles(admin, { roles: ["superuser"] })).rejects.toThrow();
  });
});
