import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditEvents, signInThrottles, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { newDeviceCookie } from "@/lib/auth/device-cookie";
import { HashCeiling } from "@/lib/auth/hash-ceiling";
import { ADDRESS_MAX_FAILURES, MAX_DELAY_MS } from "@/lib/auth/throttle-policy";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { SignInBusyError, verifyCredentials } from "@/lib/dal/accounts/session-user";
import {
  addressKey,
  countSignInAttempt,
  emailKey,
  SignInLockedError,
  throttledAccounts,
  unlockSignIn,
} from "@/lib/dal/accounts/sign-in-limits";

const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe.each(ENGINES)("sign-in throttles on %s", (engine) => {
  const seeded = seededDatabase(engine);

  const userId = async (email: string) => {
    const [row] = await seeded.current.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return row!.id;
  };
  const attempts = async (email: string) => {
    const rows = await seeded.current.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${auditEvents.entityId} = 'sign-in' AND ${auditEvents.after}->>'email' = ${email}`);
    return rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r.action]: (t[r.action] ?? 0) + 1 }), {});
  };

  it("checks 10 attempts on an email, then refuses unchecked (the right password too) for a minute, uncounted", async () => {
    const start = new Date("2027-01-10T08:00:00Z");
    for (let i = 0; i < 10; i++)
      expect(
        await verifyCredentials("secretariat@demo.test", "guess", { clientAddress: `198.51.100.${i}`, now: start }),
      ).toBeNull();
    for (const at of [0.5, 0.9])
      await expect(
        verifyCredentials("secretariat@demo.test", DEMO_PASSWORD, { now: minutesAfter(start, at) }),
      ).rejects.toThrow("Too many failed sign-ins: try again in 1 minute.");
    // The refusals did not extend the wait: a minute after the tenth failure, the owner is in.
    expect(
      await verifyCredentials("secretariat@demo.test", DEMO_PASSWORD, { now: minutesAfter(start, 1) }),
    ).not.toBeNull();
    expect(await attempts("secretariat@demo.test")).toEqual({
      sign_in_failed: 9,
      sign_in_throttled: 1,
      sign_in_refused_throttled: 2,
    });
    // Signing in started the email afresh.
    const [row] = await seeded.current.db
      .select()
      .from(signInThrottles)
      .where(eq(signInThrottles.key, emailKey("secretariat@demo.test")));
    expect(row).toBeUndefined();
  });

  it("an attacker's 10 failures every 15 minutes for an hour: a recognised device always gets in, any browser within 15 minutes of the last", async () => {
    const email = "admin@demo.test";
    const device = newDeviceCookie(await userId(email));
    const start = new Date("2027-03-01T09:00:00Z");
    const delays: number[] = [];
    for (const minute of [0, 15, 30, 45]) {
      const at = minutesAfter(start, minute);
      for (let i = 0; i < 20; i++) {
        // Ten counted, ten refused, from addresses of a botnet.
        await verifyCredentials(email, `guess ${i}`, { clientAddress: `203.0.113.${i}`, now: at }).catch((e) => {
          if (!(e instanceof SignInLockedError)) throw e;
        });
      }
      const [row] = await seeded.current.db
        .select()
        .from(signInThrottles)
        .where(eq(signInThrottles.key, emailKey(email)));
      delays.push((row!.throttledUntil!.getTime() - at.getTime()) / 60_000);
      // The owner, on the laptop that signed in before, is not kept out.
      expect(
        await verifyCredentials(email, DEMO_PASSWORD, { deviceCookie: device, now: minutesAfter(start, minute + 0.5) }),
      ).toMatchObject({ deviceRecognised: true });
      // A new browser waits, and is refused uncounted.
      await expect(
        verifyCredentials(email, DEMO_PASSWORD, {
          clientAddress: "192.0.2.50",
          now: minutesAfter(start, minute + 0.5),
        }),
      ).rejects.toBeInstanceOf(SignInLockedError);
    }
    expect(delays).toEqual([1, 2, 4, 8]); // growing, never past MAX_DELAY_MS
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_DELAY_MS / 60_000);
    const lastFailure = minutesAfter(start, 45);
    expect(
      await verifyCredentials(email, DEMO_PASSWORD, { now: new Date(lastFailure.getTime() + MAX_DELAY_MS) }),
    ).not.toBeNull();
  });

  it("limits a client address whatever emails it tries; other addresses and recognised devices pass", async () => {
    const start = new Date("2027-02-10T08:00:00Z");
    for (let i = 0; i < 5; i++)
      expect(
        await verifyCredentials(`nobody${i}@example.org`, "guess", { clientAddress: "203.0.113.77", now: start }),
      ).toBeNull();
    // The rest of the address's allowance, counted as the attempts above were.
    for (let i = 5; i < ADDRESS_MAX_FAILURES; i++) await countSignInAttempt([addressKey("203.0.113.77")], start);
    const later = minutesAfter(start, 0.5);
    await expect(
      verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, { clientAddress: "203.0.113.77", now: later }),
    ).rejects.toBeInstanceOf(SignInLockedError);
    expect(
      await verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, { clientAddress: "203.0.113.78", now: later }),
    ).not.toBeNull();
    const device = newDeviceCookie(await userId("aichr-id@demo.test"));
    expect(
      await verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, {
        clientAddress: "203.0.113.77",
        deviceCookie: device,
        now: later,
      }),
    ).not.toBeNull();
  });

  it("past the process's ceiling of password hashes: refused as busy, unhashed and uncounted", async () => {
    // One hash for the whole process (tests/setup.ts lifts it again before the next test).
    (globalThis as { passwordHashCeiling?: HashCeiling }).passwordHashCeiling = new HashCeiling(1);
    const start = new Date("2027-03-01T08:00:00Z");
    expect(await verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, { now: start })).not.toBeNull();
    await expect(verifyCredentials("aichr-id@demo.test", DEMO_PASSWORD, { now: start })).rejects.toBeInstanceOf(
      SignInBusyError,
    );
    expect((await attempts("aichr-id@demo.test")).sign_in_failed ?? 0).toBe(0);
  });

  it("a device cookie of another account, or forged, is not recognised", async () => {
    const start = new Date("2027-04-01T08:00:00Z");
    const email = "unicef@demo.test";
    for (let i = 0; i < 10; i++) await verifyCredentials(email, "guess", { now: start });
    const someoneElses = newDeviceCookie(await userId("undp@demo.test"));
    const [owner, id] = newDeviceCookie(await userId(email)).split(".");
    for (const deviceCookie of [someoneElses, `${owner}.${id}.forged`])
      await expect(
        verifyCredentials(email, DEMO_PASSWORD, { deviceCookie, now: minutesAfter(start, 0.5) }),
      ).rejects.toBeInstanceOf(SignInLockedError);
  });

  it("shows the administrator the throttled account, and the unlock ends it, audited", async () => {
    const db = seeded.current.db;
    const admin = await demoUser(db, "admin@demo.test");
    const email = "viewer@demo.test";
    const now = new Date();
    for (let i = 0; i < 10; i++) await verifyCredentials(email, "guess", { now });
    const viewer = await userId(email);
    expect((await throttledAccounts(admin, now)).get(viewer)?.throttledUntil).toEqual(minutesAfter(now, 1));
    await expect(verifyCredentials(email, DEMO_PASSWORD, { now })).rejects.toBeInstanceOf(SignInLockedError);
    await unlockSignIn(admin, viewer);
    expect((await throttledAccounts(admin, now)).has(viewer)).toBe(false);
    expect(await verifyCredentials(email, DEMO_PASSWORD, { now })).not.toBeNull();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.entityId} = ${viewer} AND ${auditEvents.action} = 'sign_in_unlocked'`);
    expect(event).toMatchObject({ actorUserId: admin.id, before: { failures: 0, throttles: 1 } });
    const focalPoint = await demoUser(db, "unicef@demo.test");
    await expect(unlockSignIn(focalPoint, viewer)).rejects.toThrow();
  });
});

describe.skipIf(!ENGINES.includes("postgres"))("sign-in throttles under parallel attempts on PostgreSQL", () => {
  const seeded = seededDatabase("postgres");

  it("100 attempts at once on one key: exactly 10 are counted and allowed, 90 refused", async () => {
    const now = new Date("2027-05-01T08:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () => countSignInAttempt(["email:burst@example.org"], now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof SignInLockedError)).toHaveLength(90);
  });

  it("100 wrong passwords at once, the right one sent amid them: at most 10 checked, the right one refused", async () => {
    const now = new Date("2027-05-02T08:00:00Z");
    const email = "reviewer2@demo.test";
    const wrong = Array.from({ length: 100 }, (_, i) =>
      verifyCredentials(email, `guess ${i}`, { clientAddress: `198.18.0.${i}`, now }),
    );
    // Sent once the burst has used up the email's attempts, while the rest are in flight.
    await vi.waitFor(
      async () => {
        const [row] = await seeded.current.db
          .select({ until: signInThrottles.throttledUntil })
          .from(signInThrottles)
          .where(eq(signInThrottles.key, emailKey(email)));
        expect(row?.until).toBeTruthy();
      },
      { timeout: 10_000, interval: 5 },
    );
    const right = verifyCredentials(email, DEMO_PASSWORD, { clientAddress: "198.18.1.1", now });
    const results = await Promise.allSettled([...wrong, right]);
    const checked = results.filter((r) => r.status === "fulfilled");
    expect(checked.length).toBeLessThanOrEqual(10);
    expect(results.at(-1)).toMatchObject({ status: "rejected", reason: expect.any(SignInLockedError) });
  });
});
