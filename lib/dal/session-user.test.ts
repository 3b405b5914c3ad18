import { eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { auditEvents, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { seedRecord } from "@/db/seed/seed";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { resolveSessionUser, verifyCredentials } from "./session-user";
import { SignInLockedError } from "./sign-in-limits";

describe.each(ENGINES)("sessions on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
  });
  afterAll(() => database.close());

  const setUser = (email: string, values: PgUpdateSetSource<typeof users>) =>
    database.db.update(users).set(values).where(eq(users.email, email));

  it("signs in with the right password, whatever the case of the email", async () => {
    const claims = await verifyCredentials("UNICEF@demo.test", DEMO_PASSWORD);
    expect(claims).toMatchObject({ sessionVersion: 1 });
    const user = await resolveSessionUser(claims!);
    expect(user).toMatchObject({
      email: "unicef@demo.test",
      role: "focal_point",
      organisation: { code: "UNICEF", acronym: "UNICEF" },
    });
    expect(Object.keys(user!).sort()).toEqual(["email", "id", "name", "organisation", "role"]);
    const [row] = await database.db
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
    const claims = (await verifyCredentials("ohchr@demo.test", DEMO_PASSWORD))!;
    expect(await resolveSessionUser(claims)).not.toBeNull();
    await setUser("ohchr@demo.test", { active: false });
    expect(await resolveSessionUser(claims)).toBeNull();
    await setUser("ohchr@demo.test", { active: true });
    expect(await resolveSessionUser(claims)).not.toBeNull();
  });

  it("ends every session issued before the session version moved on", async () => {
    const claims = (await verifyCredentials("undp@demo.test", DEMO_PASSWORD))!;
    await setUser("undp@demo.test", { sessionVersion: sql`${users.sessionVersion} + 1` });
    expect(await resolveSessionUser(claims)).toBeNull();
    const fresh = (await verifyCredentials("undp@demo.test", DEMO_PASSWORD))!;
    expect(fresh.sessionVersion).toBe(claims.sessionVersion + 1);
    expect(await resolveSessionUser(fresh)).not.toBeNull();
  });

  it("reads the role afresh, so a changed role applies at the next request", async () => {
    const claims = (await verifyCredentials("reviewer2@demo.test", DEMO_PASSWORD))!;
    await setUser("reviewer2@demo.test", { role: "viewer" });
    expect(await resolveSessionUser(claims)).toMatchObject({ role: "viewer" });
  });

  it("finds no one for a forged user id", async () => {
    expect(await resolveSessionUser({ userId: "'; DROP TABLE users; --", sessionVersion: 1 })).toBeNull();
    expect(await resolveSessionUser({ userId: "8a7f6c1e-0000-4000-8000-000000000000", sessionVersion: 1 })).toBeNull();
  });

  it("locks an email out after 10 failures in 15 minutes, even with the right password, for 15 minutes", async () => {
    const start = new Date("2027-01-10T08:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < 10; i++)
      expect(await verifyCredentials("secretariat@demo.test", "guess", "198.51.100.1", at(i))).toBeNull();
    await expect(
      verifyCredentials("secretariat@demo.test", DEMO_PASSWORD, "198.51.100.2", at(10)),
    ).rejects.toBeInstanceOf(SignInLockedError);
    await expect(
      verifyCredentials("secretariat@demo.test", DEMO_PASSWORD, "198.51.100.2", at(24)),
    ).rejects.toBeInstanceOf(SignInLockedError);
    // The refused attempt at minute 24 counts too: the lock runs 15 minutes from it.
    expect(await verifyCredentials("secretariat@demo.test", DEMO_PASSWORD, "198.51.100.2", at(40))).not.toBeNull();
    const actions = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${auditEvents.entityId} = 'sign-in' AND ${auditEvents.after}->>'email' = 'secretariat@demo.test'`);
    const tally = actions.reduce<Record<string, number>>((t, a) => ({ ...t, [a.action]: (t[a.action] ?? 0) + 1 }), {});
    expect(tally).toEqual({ sign_in_failed: 9, sign_in_locked_out: 1, sign_in_refused_locked: 2 });
  });

  it("locks a client address out after 10 failures, whatever emails it tries, known or not", async () => {
    const start = new Date("2027-02-10T08:00:00Z");
    for (let i = 0; i < 10; i++) {
      await verifyCredentials(`nobody${i}@example.org`, "guess", "203.0.113.7", new Date(start.getTime() + i * 1000));
    }
    const later = new Date(start.getTime() + 60_000);
    await expect(verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, "203.0.113.7", later)).rejects.toBeInstanceOf(
      SignInLockedError,
    );
    expect(await verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, "203.0.113.8", later)).not.toBeNull();
  });
});
