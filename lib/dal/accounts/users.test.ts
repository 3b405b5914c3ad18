import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, userSessions, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { inspectPasswordLink, LINK_LIFETIME_MS, setPasswordFromLink } from "@/lib/dal/accounts/password-links";
import { verifyCredentials } from "@/lib/dal/accounts/session-user";
import { changeUserRole, forcePasswordReset, inviteUser, listUsers, setUserActive } from "@/lib/dal/accounts/users";
import { resolveSession, startSession } from "@/lib/dal/accounts/sessions";

const tokenOf = (link: string) => link.split("/").pop()!;
const STRONG = "tamarind monsoon lantern 42";

describe.each(ENGINES)("user administration on %s", (engine) => {
  const database = seededDatabase(engine);
  const admin = () => demoUser(database.current.db, "admin@demo.test");
  const signIn = async (email: string, password = DEMO_PASSWORD) => {
    const verified = await verifyCredentials(email, password);
    return verified ? startSession(verified.userId) : null;
  };

  it("invites a user with a single-use link valid 72 hours, mailed too, and audited", async () => {
    const unicef = (await listUsers(await admin())).find((u) => u.email === "unicef@demo.test")!;
    const { userId, link } = await inviteUser(await admin(), {
      name: "Nadia Newcomer",
      email: "Nadia@Example.org",
      role: "focal_point",
      organisationId: unicef.organisationId,
    });
    expect(link).toMatch(/^\/set-password\/[A-Za-z0-9_-]{43}$/);
    const listed = (await listUsers(await admin())).find((u) => u.id === userId)!;
    expect(listed).toMatchObject({ email: "nadia@example.org", awaitingPassword: true, active: true });
    expect(listed.linkExpiresAt!.getTime() - Date.now()).toBeGreaterThan(LINK_LIFETIME_MS - 60_000);
    expect(await inspectPasswordLink(tokenOf(link))).toEqual({
      purpose: "invite",
      name: "Nadia Newcomer",
      email: "nadia@example.org",
    });
    const [mail] = await database.current.db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId));
    expect(mail!.text).toContain(link);

    // Nobody can sign in before the password is chosen; a common one is refused.
    expect(await verifyCredentials("nadia@example.org", "")).toBeNull();
    await expect(
      setPasswordFromLink(tokenOf(link), { password: "password1234", confirmation: "password1234" }),
    ).rejects.toMatchObject({ fieldErrors: { password: expect.stringMatching(/too common/) } });
    await expect(setPasswordFromLink(tokenOf(link), { password: "short", confirmation: "short" })).rejects.toThrow();

    expect(await setPasswordFromLink(tokenOf(link), { password: STRONG, confirmation: STRONG })).toBe(
      "nadia@example.org",
    );
    expect(await verifyCredentials("nadia@example.org", STRONG)).toEqual({ userId, deviceRecognised: false });
    // Used once: the link is dead now.
    expect(await inspectPasswordLink(tokenOf(link))).toBeNull();
    await expect(setPasswordFromLink(tokenOf(link), { password: STRONG, confirmation: STRONG })).rejects.toThrow(
      /expired or was already used/,
    );
    const trail = await database.current.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, userId));
    expect(trail.map((t) => t.action).sort()).toEqual(["accept_invitation", "invite"]);
  });

  it("lets an invitation link lapse after 72 hours", async () => {
    const { link } = await inviteUser(await admin(), {
      name: "Late Larry",
      email: "larry@example.org",
      role: "viewer",
      organisationId: "",
    });
    const later = new Date(Date.now() + LINK_LIFETIME_MS + 1000);
    expect(await inspectPasswordLink(tokenOf(link), later)).toBeNull();
    await expect(setPasswordFromLink(tokenOf(link), { password: STRONG, confirmation: STRONG }, later)).rejects.toThrow(
      /expired/,
    );
  });

  it("refuses a duplicate email and a focal point without an organisation", async () => {
    await expect(
      inviteUser(await admin(), { name: "Again", email: "VIEWER@demo.test", role: "viewer", organisationId: "" }),
    ).rejects.toMatchObject({ fieldErrors: { email: "A user with this email exists." } });
    await expect(
      inviteUser(await admin(), { name: "Floating", email: "f@example.org", role: "focal_point", organisationId: "" }),
    ).rejects.toThrow();
  });

  it("refuses everyone but admins, changing nothing", async () => {
    const before = await database.current.db.select().from(users);
    for (const email of ["secretariat@demo.test", "reviewer@demo.test", "unicef@demo.test", "viewer@demo.test"]) {
      const someone = await demoUser(database.current.db, email);
      await expect(listUsers(someone)).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        inviteUser(someone, { name: "Sneaky", email: "s@example.org", role: "admin", organisationId: "" }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(setUserActive(someone, someone.id, false)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await database.current.db.select().from(users)).toEqual(before);
  });

  it("ends the user's sessions when their role changes or they are deactivated", async () => {
    const session = (await signIn("reviewer2@demo.test"))!;
    const reviewer2 = await demoUser(database.current.db, "reviewer2@demo.test");
    await changeUserRole(await admin(), reviewer2.id, { role: "viewer", organisationId: "" });
    expect(await resolveSession(session)).toBeNull();
    const [ended] = await database.current.db.select().from(userSessions).where(eq(userSessions.id, session));
    expect(ended!.endReason).toBe("role_changed");

    const again = (await signIn("reviewer2@demo.test"))!;
    await setUserActive(await admin(), reviewer2.id, false);
    expect(await resolveSession(again)).toBeNull();
    expect(await verifyCredentials("reviewer2@demo.test", DEMO_PASSWORD)).toBeNull();
    await setUserActive(await admin(), reviewer2.id, true);
    expect(await verifyCredentials("reviewer2@demo.test", DEMO_PASSWORD)).not.toBeNull();
  });

  it("never leaves the app without an active admin", async () => {
    const me = await admin();
    await expect(changeUserRole(me, me.id, { role: "viewer", organisationId: "" })).rejects.toThrow(
      /last active administrator/,
    );
    await expect(setUserActive(me, me.id, false)).rejects.toThrow(/your own account/);
    const [row] = await database.current.db.select({ role: users.role }).from(users).where(eq(users.id, me.id));
    expect(row!.role).toBe("admin");
  });

  it("forces a password reset: the old password and sessions stop at once; the link sets a new one", async () => {
    const session = (await signIn("ohchr@demo.test"))!;
    const ohchr = await demoUser(database.current.db, "ohchr@demo.test");
    const { link } = await forcePasswordReset(await admin(), ohchr.id);
    expect(await resolveSession(session)).toBeNull();
    expect(await verifyCredentials("ohchr@demo.test", DEMO_PASSWORD)).toBeNull();
    expect((await inspectPasswordLink(tokenOf(link)))?.purpose).toBe("reset");
    await setPasswordFromLink(tokenOf(link), { password: STRONG, confirmation: STRONG });
    expect(await verifyCredentials("ohchr@demo.test", STRONG)).toEqual({ userId: ohchr.id, deviceRecognised: false });
  });
});

// Races show only on a server with real concurrent connections, never on PGlite.
describe.skipIf(!ENGINES.includes("postgres"))(
  "user administration on postgres, two admins at once (PostgreSQL only: set TEST_DATABASE_URL)",
  () => {
    const pg = seededDatabase("postgres");
    const admin = () => demoUser(pg.current.db, "admin@demo.test");
    it("lets only one of two admins demoting each other at once succeed", async () => {
      const me = await admin();
      const { userId, link } = await inviteUser(me, {
        name: "Second Admin",
        email: "admin2@example.org",
        role: "admin",
        organisationId: "",
      });
      await setPasswordFromLink(tokenOf(link), { password: STRONG, confirmation: STRONG });
      const other = (await listUsers(me)).find((u) => u.id === userId)!;
      const otherAsActor = { id: other.id, name: other.name, email: other.email, role: other.role, organisation: null };
      const outcomes = await Promise.allSettled([
        changeUserRole(me, other.id, { role: "viewer", organisationId: "" }),
        changeUserRole(otherAsActor, me.id, { role: "viewer", organisationId: "" }),
      ]);
      // Whichever ran second found itself (or the other) the last admin — or was already demoted.
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const admins = await pg.current.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)));
      expect(admins).toHaveLength(1);
    });
  },
);
