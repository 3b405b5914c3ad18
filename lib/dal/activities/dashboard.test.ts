import { describe, expect, it } from "vitest";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { SEED_ORGANISATIONS } from "@/db/seed/organisations";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { reportInput } from "@/tests/report-input";
import { createActivity } from "@/lib/dal/activities/edits";
import { transitionActivity } from "@/lib/dal/activities/transitions";
import { getDashboard } from "@/lib/dal/activities/dashboard";
import { runReminders } from "@/lib/dal/notifications/daily-jobs";
import { getQueue } from "@/lib/dal/activities/queue";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import { eq } from "drizzle-orm";
import { activities, reportReminders, reports } from "@/db/schema";

describe.each(ENGINES)("the dashboard on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("counts the record per year, theme and UN entity", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const dashboard = await getDashboard(viewer);
    const years = new Map<number, number>();
    for (const a of SEED_ACTIVITIES)
      if (a.start) years.set(Number(a.start.slice(0, 4)), (years.get(Number(a.start.slice(0, 4))) ?? 0) + 1);
    const first = Math.min(...years.keys());
    const last = Math.max(...years.keys());
    // Every year in between, those without activities as 0.
    expect(dashboard.perYear).toEqual(
      Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: years.get(first + i) ?? 0 })),
    );
    const childrens = SEED_ACTIVITIES.filter((a) => a.themes.includes("childrens_rights")).length;
    expect(dashboard.perTheme.find((t) => t.theme === "childrens_rights")?.count).toBe(childrens);
    const unicef = SEED_ACTIVITIES.filter((a) => a.involved.some(([c]) => c === "UNICEF")).length;
    expect(dashboard.perUnEntity.find((o) => o.code === "UNICEF")?.count).toBe(unicef);
    expect(dashboard.participantsBySex).toEqual({ women: 0, men: 0, other: 0, reports: 0 });
    // The UN entities that organised or supported the note's completed activities owe their
    // reports, long overdue; those that only took part owe none.
    const kindOf = new Map(SEED_ORGANISATIONS.map((o) => [o.code, o]));
    const owed = SEED_ACTIVITIES.filter((a) => a.status === "completed").flatMap((a) =>
      [[a.lead, "lead"] as const, ...a.involved]
        .filter(([code, role]) => kindOf.get(code)!.kind === "un_entity" && role !== "participant")
        .map(([code]) => `${a.title} / ${kindOf.get(code)!.acronym ?? kindOf.get(code)!.name}`),
    );
    expect(dashboard.reportsDue.map((r) => `${r.title} / ${r.organisation}`).sort()).toEqual(owed.sort());
    const bhr = dashboard.reportsDue.find((r) => r.title === "AICHR Training on Business and Human Rights")!;
    expect(bhr).toMatchObject({ organisation: "UNDP", dueOn: "2017-11-30", overdue: true });
    // The 2nd AICHR-UN Meeting is still scheduled, seven years after its day.
    expect(dashboard.datePassed.map((a) => a.title)).toContain("2nd AICHR-UN Meeting");
  });

  it("agrees with the queue and the reminders on the reports UNDP owes", async () => {
    const undp = await demoUser(seeded.current.db, "undp@demo.test");
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const now = new Date();
    const onDashboard = (await getDashboard(viewer, now)).reportsDue
      .filter((r) => r.organisation === "UNDP")
      .map((r) => ({ activityId: r.activityId, due: { on: r.dueOn, overdue: r.overdue } }));
    const inQueue = (await getQueue(undp)).filter((i) => i.due).map((i) => ({ activityId: i.activityId, due: i.due }));
    expect(onDashboard.length).toBeGreaterThan(0);
    expect(inQueue).toEqual(onDashboard);
    await runReminders(now);
    const reminded = await seeded.current.db
      .select({ activityId: reportReminders.activityId, kind: reportReminders.kind })
      .from(reportReminders)
      .where(eq(reportReminders.organisationId, undp.organisation!.id));
    expect(reminded.map((r) => r.activityId).sort()).toEqual(onDashboard.map((r) => r.activityId).sort());
    for (const r of reminded) {
      expect(r.kind).toBe(onDashboard.find((d) => d.activityId === r.activityId)!.due.overdue ? "overdue" : "due");
    }
  });

  it("lists a report as due once an activity is completed, and counts participants once it is approved", async () => {
    const [unicef, reviewer] = [
      await demoUser(seeded.current.db, "unicef@demo.test"),
      await demoUser(seeded.current.db, "reviewer@demo.test"),
    ];
    const { id } = await createActivity(unicef, await draftInput(seeded.current.db));
    const step = async (user: typeof unicef, action: "submit" | "approve" | "complete") => {
      const [row] = await seeded.current.db.select().from(activities).where(eq(activities.id, id));
      await transitionActivity(user, { activityId: id, action, expectedVersion: row!.version, input: { comment: "" } });
    };
    await step(unicef, "submit");
    await step(reviewer, "approve");
    await step(unicef, "complete");
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const mine = async (now?: Date) => (await getDashboard(viewer, now)).reportsDue.filter((r) => r.activityId === id);
    expect(await mine()).toMatchObject([{ activityId: id, organisation: "UNICEF", overdue: false }]);
    const in31Days = new Date(Date.now() + 31 * 86_400_000);
    expect(await mine(in31Days)).toMatchObject([{ overdue: true }]);
    await submitReport(unicef, id, 0, reportInput(unicef.organisation!.id), []);
    const [report] = await seeded.current.db.select().from(reports).where(eq(reports.activityId, id));
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    const dashboard = await getDashboard(viewer);
    expect(dashboard.reportsDue.filter((r) => r.activityId === id)).toEqual([]);
    expect(dashboard.participantsBySex).toEqual({ women: 16, men: 13, other: 1, reports: 1 });
  });
});
