import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, auditEvents, emailOutbox, notifications, reportReminders, reports, users } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { reportInput } from "@/tests/report-input";
import { startSmtpServer } from "@/tests/smtp";
import { createActivity } from "@/lib/dal/activities/edits";
import { transitionActivity, type StateAction } from "@/lib/dal/activities/transitions";
import { failedEmails, sendDueEmails } from "@/lib/dal/notifications/outbox";
import { queueDigests, runReminders } from "@/lib/dal/notifications/daily-jobs";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

const DAY = 86_400_000;

describe.each(ENGINES)("notifications and email on %s", (engine) => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let unicef: SessionUser, reviewer: SessionUser, reviewer2: SessionUser;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    smtp = await startSmtpServer();
    [unicef, reviewer, reviewer2] = [
      await demoUser(database.db, "unicef@demo.test"),
      await demoUser(database.db, "reviewer@demo.test"),
      await demoUser(database.db, "reviewer2@demo.test"),
    ];
  });
  afterEach(async () => {
    // Each test starts with an empty outbox and mailbox.
    await sendDueEmails(smtp.mailer, new Date(Date.now() + 365 * DAY));
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await smtp.close();
    await database.close();
  });

  const move = async (user: SessionUser, id: string, action: StateAction, comment = "") => {
    const [row] = await database.db.select().from(activities).where(eq(activities.id, id));
    await transitionActivity(user, { activityId: id, action, expectedVersion: row!.version, input: { comment } });
  };
  const mail = () => smtp.received.map((m) => [m.to.join(","), m.subject]).sort();

  it("tells exactly the people involved, by email and in the app, through the whole workflow", async () => {
    const { id } = await createActivity(
      unicef,
      await draftInput(database.db, { title: "Dialogue on child online protection" }),
    );
    await move(unicef, id, "submit");
    await move(reviewer, id, "request_changes", "Add the participants.");
    await move(unicef, id, "submit");
    await move(reviewer, id, "approve");
    await move(unicef, id, "complete");
    await submitReport(unicef, id, 0, reportInput(unicef.organisation!.id), []);
    const [report] = await database.db.select().from(reports).where(eq(reports.activityId, id));
    await transitionReport(reviewer2, report!.id, "return_report", report!.version, "Add follow-up.");

    const outcome = await sendDueEmails(smtp.mailer);
    const title = "Dialogue on child online protection";
    // Reviewers (twice, one per submission); the submitter and the lead's focal point (the
    // same person here) for changes requested and approval; the author for the returned
    // report. Nobody hears of their own act; nobody uninvolved hears anything.
    expect(outcome).toEqual({ sent: 7, retried: 0, failed: 0, skipped: 0 });
    expect(mail()).toEqual(
      [
        ["reviewer@demo.test", `Submitted for your review: ${title}`],
        ["reviewer2@demo.test", `Submitted for your review: ${title}`],
        ["unicef@demo.test", `Changes requested: ${title}`],
        ["reviewer@demo.test", `Submitted for your review: ${title}`],
        ["reviewer2@demo.test", `Submitted for your review: ${title}`],
        ["unicef@demo.test", `Approved and scheduled: ${title}`],
        ["unicef@demo.test", `Your report was returned: ${title}`],
      ].sort(),
    );
    const inbox = await database.db.select().from(notifications).where(eq(notifications.userId, unicef.id));
    expect(inbox.map((n) => n.kind).sort()).toEqual(["approved", "changes_requested", "report_returned"]);
    const changes = inbox.find((n) => n.kind === "changes_requested")!;
    expect(changes.body).toContain("“Add the participants.”");
    expect(changes.href).toBe(`/activities/${id}/edit`);
    const message = smtp.received.find((m) => m.subject.startsWith("Changes requested"))!;
    expect(message.raw).toContain("Content-Type: text/plain");
    expect(message.raw).toContain("Content-Type: text/html");
    expect(message.raw).toContain("/account#email");
  });

  it("keeps messages while SMTP refuses them and sends each once it accepts again", async () => {
    const { id } = await createActivity(unicef, await draftInput(database.db));
    await move(unicef, id, "submit");
    smtp.refuse(true);
    const refused = await sendDueEmails(smtp.mailer);
    expect(refused).toEqual({ sent: 0, retried: 2, failed: 0, skipped: 0 });
    expect(smtp.received).toEqual([]);
    smtp.refuse(false);
    expect(await sendDueEmails(smtp.mailer)).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 }); // backing off
    expect(await sendDueEmails(smtp.mailer, new Date(Date.now() + 2 * 60_000))).toMatchObject({ sent: 2 });
    expect(mail().map(([to]) => to)).toEqual(["reviewer2@demo.test", "reviewer@demo.test"]);
  });

  it("gives up after five days, and skips a deactivated recipient", async () => {
    const { id } = await createActivity(unicef, await draftInput(database.db));
    await move(unicef, id, "submit");
    await database.db.update(users).set({ active: false }).where(eq(users.id, reviewer2.id));
    smtp.refuse(true);
    const outcome = await sendDueEmails(smtp.mailer, new Date(Date.now() + 6 * DAY));
    smtp.refuse(false);
    await database.db.update(users).set({ active: true }).where(eq(users.id, reviewer2.id));
    expect(outcome).toEqual({ sent: 0, retried: 0, failed: 1, skipped: 1 });
    const admin = await demoUser(database.db, "admin@demo.test");
    expect((await failedEmails(admin)).map((m) => m.to)).toContain("reviewer@demo.test");
    await expect(failedEmails(reviewer)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("sends no email to those who chose none, and still notifies them in the app", async () => {
    await database.db.update(users).set({ emailPreference: "none" }).where(eq(users.id, reviewer.id));
    const { id } = await createActivity(unicef, await draftInput(database.db));
    await move(unicef, id, "submit");
    await database.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, reviewer.id));
    await sendDueEmails(smtp.mailer);
    expect(mail().map(([to]) => to)).toEqual(["reviewer2@demo.test"]);
    const inApp = await database.db.select().from(notifications).where(eq(notifications.activityId, id));
    expect(inApp.map((n) => n.userId).sort()).toEqual([reviewer.id, reviewer2.id].sort());
  });

  it("gathers a day's notifications into one digest for those who chose it, queued once", async () => {
    await database.db.update(users).set({ emailPreference: "digest" }).where(eq(users.id, reviewer.id));
    const { id } = await createActivity(unicef, await draftInput(database.db, { title: "Digest dialogue" }));
    await move(unicef, id, "submit");
    await sendDueEmails(smtp.mailer);
    expect(mail().map(([to]) => to)).toEqual(["reviewer2@demo.test"]);
    const tomorrow = new Date(Date.now() + DAY);
    expect(await queueDigests(tomorrow)).toBe(1);
    expect(await queueDigests(tomorrow)).toBe(0);
    await database.db.update(users).set({ emailPreference: "immediate" }).where(eq(users.id, reviewer.id));
    await sendDueEmails(smtp.mailer, tomorrow);
    const digest = smtp.received.find((m) => m.to.includes("reviewer@demo.test"))!;
    expect(digest.subject).toMatch(/^Your day in the ASEAN-UN Cooperation Tracker: \d+ updates? \(/);
    expect(digest.raw).toContain("Submitted for your review: Digest dialogue");
  });

  it("reminds a UN entity without a report once when due, once when overdue", async () => {
    const { id } = await createActivity(unicef, await draftInput(database.db, { title: "Workshop owing a report" }));
    await move(unicef, id, "submit");
    await move(reviewer, id, "approve");
    await move(unicef, id, "complete");
    const [completed] = await database.db
      .select({ at: auditEvents.occurredAt })
      .from(auditEvents)
      .where(sql`${auditEvents.activityId} = ${id} AND ${auditEvents.action} = 'complete'`);
    const at = (days: number) => new Date(completed!.at.getTime() + days * DAY);
    const remindersOf = async () =>
      (
        await database.db
          .select({ kind: reportReminders.kind })
          .from(reportReminders)
          .where(eq(reportReminders.activityId, id))
      )
        .map((r) => r.kind)
        .sort();
    // The first run also reminds the entities that owe the record's older reports, once.
    expect((await runReminders(at(13))).overdue).toBeGreaterThan(0);
    expect(await remindersOf()).toEqual([]);
    await runReminders(at(14));
    expect(await remindersOf()).toEqual(["due"]);
    expect(await runReminders(at(20))).toEqual({ due: 0, overdue: 0 });
    await runReminders(at(30));
    expect(await remindersOf()).toEqual(["due", "overdue"]);
    expect(await runReminders(at(45))).toEqual({ due: 0, overdue: 0 });
    await sendDueEmails(smtp.mailer, at(46));
    const reminders = mail().filter(([, subject]) =>
      /^Report (due|overdue): Workshop owing a report$/.test(subject ?? ""),
    );
    expect(reminders).toEqual([
      ["unicef@demo.test", "Report due: Workshop owing a report"],
      ["unicef@demo.test", "Report overdue: Workshop owing a report"],
    ]);
  });

  if (engine === "postgres") {
    it("sends each message once with two workers on one database", async () => {
      const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, "viewer@demo.test"));
      await database.db.insert(emailOutbox).values(
        Array.from({ length: 40 }, (_, i) => ({
          idempotencyKey: `test:${i}`,
          userId: row!.id,
          toAddress: "viewer@demo.test",
          subject: `Message ${i}`,
          text: "t",
          html: "<p>t</p>",
        })),
      );
      const worker = async () => {
        let sent = 0;
        for (;;) {
          const outcome = await sendDueEmails(smtp.mailer);
          sent += outcome.sent;
          if (outcome.sent === 0) return sent;
        }
      };
      const [a, b] = await Promise.all([worker(), worker()]);
      console.log(`two workers: ${a} + ${b} sent, ${smtp.received.length} received`);
      expect(a + b).toBe(40);
      expect(smtp.received).toHaveLength(40);
      expect(new Set(smtp.received.map((m) => m.subject)).size).toBe(40);
    });
  }
});
