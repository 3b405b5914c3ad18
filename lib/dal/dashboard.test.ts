import { describe, expect, it } from "vitest";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { reportInput } from "@/tests/report-input";
import { createActivity } from "./activity-edits";
import { transitionActivity } from "./activity-transitions";
import { getDashboard } from "./dashboard";
import { submitReport, transitionReport } from "./reports";
import { eq } from "drizzle-orm";
import { activities, reports } from "@/db/schema";

describe.each(ENGINES)("the dashboard on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("counts the record per year, theme and UN entity", async () => {
    const viewer = await demoUser(seeded.current.db, "viewer@demo.test");
    const dashboard = await getDashboard(viewer);
    const years = new Map<number, number>();
    for (const a of SEED_ACTIVITIES)
      if (a.start) years.set(Number(a.start.slice(0, 4)), (years.get(Number(a.start.slice(0, 4))) ?? 0) + 1);
    expect(dashboard.perYear).toEqual([...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })));
    const childrens = SEED_ACTIVITIES.filter((a) => a.themes.includes("childrens_rights")).length;
    expect(dashboard.perTheme.find((t) => t.theme === "childrens_rights")?.count).toBe(childrens);
    const unicef = SEED_ACTIVITIES.filter((a) => a.involved.some(([c]) => c === "UNICEF")).length;
    expect(dashboard.perUnEntity.find((o) => o.code === "UNICEF")?.count).toBe(unicef);
    expect(dashboard.participantsBySex).toEqual({ women: 0, men: 0, other: 0, reports: 0 });
    expect(dashboard.reportsDue).toEqual([]);
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
    expect((await getDashboard(viewer)).reportsDue).toMatchObject([
      { activityId: id, organisation: "UNICEF", overdue: false },
    ]);
    const in31Days = new Date(Date.now() + 31 * 86_400_000);
    expect((await getDashboard(viewer, in31Days)).reportsDue).toMatchObject([{ overdue: true }]);
    await submitReport(unicef, id, 0, reportInput(unicef.organisation!.id), []);
    const [report] = await seeded.current.db.select().from(reports).where(eq(reports.activityId, id));
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    const dashboard = await getDashboard(viewer);
    expect(dashboard.reportsDue).toEqual([]);
    expect(dashboard.participantsBySex).toEqual({ women: 16, men: 13, other: 1, reports: 1 });
  });
});
