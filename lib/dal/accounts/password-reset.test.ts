import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, users } from "@/db/schema";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { inspectPasswordLink, requestPasswordReset, setPasswordFromLink } from "@/lib/dal/accounts/password-links";
import { verifyCredentials } from "@/lib/dal/accounts/session-user";

const STRONG = "tamarind monsoon lantern 42";

describe.each(ENGINES)("forgot password on %s", (engine) => {
  const database = seededDatabase(engine);
  const db = () => database.current.db;
  const userId = async (email: string) =>
    (await db().select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  /** The link in the newest email to this account, as its token. */
  const mailedToken = async (email: string) => {
    const [mail] = await db()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, email))
      .orderBy(desc(emailOutbox.createdAt))
      .limit(1);
    return mail?.text.match(/\/set-password\/([A-Za-z0-9_-]{43})/)?.[1] ?? null;
  };
  const outboxSize = async () => (await db().select({ id: emailOutbox.id }).from(emailOutbox)).length;

  it("answers alike whether or not the address has an account, and mails only an account", async () => {
    const before = await outboxSize();
    expect(await requestPasswordReset({ email: "Nobody@Example.org" }, "unknown")).toBeUndefined();
    expect(await outboxSize()).toBe(before);
    expect(await requestPasswordReset({ email: "UNDP@demo.test" }, "unknown")).toBeUndefined();
    expect(await outboxSize()).toBe(before + 1);
    const [mail] = await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, "undp@demo.test"));
    expect(mail!.text).toMatch(/If it was not you, ignore this email/);
    expect(mail!.text).toMatch(/within 1 hour \(the link works once\)/);
    // Audited, with the client that asked.
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, await userId("undp@demo.test")),
          eq(auditEvents.action, "password_reset_requested"),
        ),
      );
    expect(event).toMatchObject({ actorUserId: null, after: { clientAddress: "unknown" } });
  });

  it("sets the password from the link once, and never again", async () => {
    await requestPasswordReset({ email: "ohchr@demo.test" }, "unknown");
    const token = (await mailedToken("ohchr@demo.test"))!;
    expect(await inspectPasswordLink(token)).toMatchObject({ purpose: "reset", email: "ohchr@demo.test" });
    expect(await setPasswordFromLink(token, { password: STRONG, confirmation: STRONG })).toBe("ohchr@demo.test");
    expect(await verifyCredentials("ohchr@demo.test", STRONG)).toMatchObject({
      userId: await userId("ohchr@demo.test"),
    });
    expect(await inspectPasswordLink(token)).toBeNull();
    await expect(setPasswordFromLink(token, { password: `${STRONG}!`, confirmation: `${STRONG}!` })).rejects.toThrow(
      /expired or was already used/,
    );
  });

  it("lets the link expire after 1 hour", async () => {
    const askedAt = new Date(Date.now() - 61 * 60_000);
    await requestPasswordReset({ email: "aichr-id@demo.test" }, "unknown", askedAt);
    const token = (await mailedToken("aichr-id@demo.test"))!;
    expect(await inspectPasswordLink(token, new Date(askedAt.getTime() + 59 * 60_000))).not.toBeNull();
    expect(await inspectPasswordLink(token)).toBeNull();
    await expect(setPasswordFromLink(token, { password: STRONG, confirmation: STRONG })).rejects.toThrow(
      /expired or was already used/,
    );
  });

  it("allows three requests for one address in a while, then makes it wait, account or not", async () => {
    for (const email of ["viewer@demo.test", "no-one@example.org"]) {
      for (let i = 0; i < 3; i++) await requestPasswordReset({ email }, "unknown");
      await expect(requestPasswordReset({ email }, "unknown")).rejects.toThrow(
        "Too many requests for a new password: try again in 1 minute.",
      );
    }
  });
});
