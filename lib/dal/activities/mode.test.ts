import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, auditEvents } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { InvalidInputError } from "@/lib/errors";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { getActivity } from "@/lib/dal/activities/read";
import { createActivity, getActivityForEdit, updateActivity } from "@/lib/dal/activities/edits";
import { getActivityHistory } from "@/lib/dal/activities/history";
import { rescheduleActivity, transitionActivity } from "@/lib/dal/activities/transitions";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

const LINK = "https://asean.zoom.us/j/81234567890?pwd=aichr";

describe.each(ENGINES)("how an activity is held, in the data layer on %s", (engine) => {
  let database: TestDatabase;
  let unicef: SessionUser, reviewer: SessionUser;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    unicef = await demoUser(database.db, "unicef@demo.test");
    reviewer = await demoUser(database.db, "reviewer@demo.test");
  });
  afterAll(() => database.close());

  const stored = async (id: string) => (await database.db.select().from(activities).where(eq(activities.id, id)))[0]!;
  const move = async (user: SessionUser, id: string, action: "submit" | "approve") =>
    transitionActivity(user, {
      activityId: id,
      action,
      expectedVersion: (await stored(id)).version,
      input: { comment: "" },
    });

  it("records an online activity with its link and no venue, and submits it without a country", async () => {
    // Typed in person first, then switched online: the city and country are not kept.
    const input = await draftInput(database.db, { title: "31st AICHR Meeting", mode: "online", meetingLink: LINK });
    const { id } = await createActivity(unicef, input);
    expect(await stored(id)).toMatchObject({ mode: "online", meetingLink: LINK, city: null, countryCode: null });

    const detail = await getActivity(unicef, id);
    expect(detail).toMatchObject({ mode: "online", meetingLink: LINK, submission: [] });
    expect((await getActivityForEdit(unicef, id))?.values).toMatchObject({
      mode: "online",
      meetingLink: LINK,
      city: "",
      countryCode: "",
    });

    await move(unicef, id, "submit");
    expect(await stored(id)).toMatchObject({ reviewState: "pending" });
    await move(reviewer, id, "approve");
    expect(await stored(id)).toMatchObject({ status: "scheduled" });

    // Rescheduled: an online activity has no venue to give.
    await rescheduleActivity(unicef, id, (await stored(id)).version, {
      comment: "Moved by a week",
      startDate: "2026-03-17",
      startPrecision: "day",
      endDate: "",
      endPrecision: "day",
      city: "Jakarta",
      countryCode: "",
    });
    expect(await stored(id)).toMatchObject({ startDate: "2026-03-17", city: null, countryCode: null });
  });

  it("asks a hybrid or in-person activity for its country, to submit and to reschedule", async () => {
    const { id } = await createActivity(
      unicef,
      await draftInput(database.db, { mode: "hybrid", meetingLink: LINK, city: "Jakarta", countryCode: "" }),
    );
    expect((await getActivity(unicef, id))?.submission).toEqual([
      { field: "countryCode", message: "Give the country." },
    ]);
    await expect(move(unicef, id, "submit")).rejects.toThrow(/Give the country/);

    const version = (await stored(id)).version;
    await updateActivity(unicef, id, version, {
      ...(await getActivityForEdit(unicef, id))!.values,
      countryCode: "ID",
    });
    await move(unicef, id, "submit");
    await move(reviewer, id, "approve");
    const reschedule = rescheduleActivity(unicef, id, (await stored(id)).version, {
      comment: "New venue to be found",
      startDate: "2026-04-01",
      startPrecision: "day",
      endDate: "",
      endPrecision: "day",
      city: "",
      countryCode: "",
    });
    await expect(reschedule).rejects.toBeInstanceOf(InvalidInputError);
    await expect(reschedule).rejects.toMatchObject({ fieldErrors: { countryCode: "Choose the country." } });
    expect(await stored(id)).toMatchObject({ mode: "hybrid", countryCode: "ID", city: "Jakarta", meetingLink: LINK });
  });

  it("audits the mode and the link, and the history shows their change", async () => {
    const input = await draftInput(database.db, { title: "Consultation, first in person" });
    const { id, version } = await createActivity(unicef, input);
    await updateActivity(unicef, id, version, { ...input, mode: "online", meetingLink: LINK });
    const events = await database.db
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.activityId, id))
      .orderBy(auditEvents.id);
    expect(events[0]).toMatchObject({
      action: "create",
      after: { "How it is held": "In person", "Meeting link": null, Country: "TH" },
    });
    const history = await getActivityHistory(unicef, id);
    const edit = history.find((e) => e.action === "edit")!;
    expect(edit.before).toEqual({
      "How it is held": "In person",
      "Meeting link": null,
      City: "Bangkok",
      Country: "TH",
    });
    expect(edit.after).toEqual({ "How it is held": "Online", "Meeting link": LINK, City: null, Country: null });
  });

  it("refuses on the server a link the form would refuse", async () => {
    const input = await draftInput(database.db, { mode: "in_person", meetingLink: LINK });
    await expect(createActivity(unicef, input)).rejects.toThrow(/only for an online or hybrid activity/);
    const script = await draftInput(database.db, { mode: "online", meetingLink: "javascript:alert(1)" });
    await expect(createActivity(unicef, script)).rejects.toThrow(/as a web address/);
  });
});
