import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, auditEvents, reports } from "@/db/schema";
import { seedRecord } from "@/db/seed/seed";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { demoUser } from "@/tests/actors";
import { draftInput } from "@/tests/activity-input";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { SAMPLE_FILES } from "@/tests/files";
import { reportInput as reportInput_ } from "@/tests/report-input";
import { getActivity } from "@/lib/dal/activities/read";
import { createActivity, loadFormValues, updateActivity } from "@/lib/dal/activities/edits";
import { transitionActivity } from "@/lib/dal/activities/transitions";
import { countQueue, getQueue } from "@/lib/dal/activities/queue";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

describe.each(ENGINES)("the workflow in the data layer on %s", (engine) => {
  let database: TestDatabase;
  let unicef: SessionUser, undp: SessionUser, reviewer: SessionUser, reviewer2: SessionUser, viewer: SessionUser;
  let secretariat: SessionUser;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    const as = (name: string) => demoUser(database.db, `${name}@demo.test`);
    [unicef, undp, reviewer, reviewer2, viewer, secretariat] = [
      await as("unicef"),
      await as("undp"),
      await as("reviewer"),
      await as("reviewer2"),
      await as("viewer"),
      await as("secretariat"),
    ];
  });
  afterAll(() => database.close());

  const auditOf = (activityId: string) =>
    database.db
      .select({
        action: auditEvents.action,
        actor: auditEvents.actorUserId,
        before: auditEvents.before,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .where(eq(auditEvents.activityId, activityId))
      .orderBy(auditEvents.id);
  const stored = async (id: string) => (await database.db.select().from(activities).where(eq(activities.id, id)))[0]!;
  const draft = async () => (await createActivity(unicef, await draftInput(database.db))).id;
  const move = (
    user: SessionUser,
    id: string,
    action: Parameters<typeof transitionActivity>[1]["action"],
    comment = "",
  ) =>
    stored(id).then((a) =>
      transitionActivity(user, { activityId: id, action, expectedVersion: a.version, input: { comment } }),
    );

  it("records a focal point's draft with its author and an audit event", async () => {
    const id = await draft();
    expect(await stored(id)).toMatchObject({
      status: "draft",
      reviewState: "none",
      createdById: unicef.id,
      version: 1,
    });
    const [event] = await auditOf(id);
    expect(event).toMatchObject({ action: "create", actor: unicef.id });
    expect(event!.after).toMatchObject({
      Title: "Regional workshop on child online protection",
      "Lead organisation": "UNICEF",
    });
  });

  it("records the scope and the language an entry is written in, edits them and audits the change", async () => {
    const { id } = await createActivity(
      unicef,
      await draftInput(database.db, { title: "Hội thảo về quyền trẻ em", scope: "national", language: "vi" }),
    );
    expect(await stored(id)).toMatchObject({ scope: "national", language: "vi" });
    expect((await loadFormValues(database.db, id))!.values).toMatchObject({ scope: "national", language: "vi" });
    const edited = {
      ...(await draftInput(database.db)),
      title: "Hội thảo về quyền trẻ em",
      scope: "regional" as const,
    };
    await updateActivity(unicef, id, 1, edited);
    expect(await stored(id)).toMatchObject({ scope: "regional", language: "en" });
    const last = (await auditOf(id)).at(-1)!;
    expect(last.before).toMatchObject({ Scope: "National (one member state)", Language: "Vietnamese" });
    expect(last.after).toMatchObject({ Scope: "Regional (ASEAN)", Language: "English" });
    await expect(createActivity(unicef, { ...(await draftInput(database.db)), language: "xx" })).rejects.toMatchObject({
      name: "ZodError",
    });
  });

  it("refuses posted fields the form does not have, and stores nothing", async () => {
    const [{ n: before }] = (await database.db.select({ n: count() }).from(activities)) as [{ n: number }];
    const input = { ...(await draftInput(database.db)), status: "scheduled", version: 9, createdById: reviewer.id };
    await expect(createActivity(unicef, input)).rejects.toThrow();
    const [{ n: after }] = (await database.db.select({ n: count() }).from(activities)) as [{ n: number }];
    expect(after).toBe(before);
  });

  it("refuses a focal point who proposes for an organisation not their own, and audits it", async () => {
    await expect(createActivity(undp, await draftInput(database.db))).rejects.toMatchObject({ code: "forbidden" });
    const [refusal] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "refused"), eq(auditEvents.actorUserId, undp.id)));
    expect(refusal!.after).toEqual({ attempted: "create", reason: "forbidden" });
  });

  it("refuses another agency's edit and a viewer's, changes nothing and audits both", async () => {
    const id = await draft();
    for (const user of [undp, viewer]) {
      await expect(
        updateActivity(user, id, 1, await draftInput(database.db, { title: "Taken over" })),
      ).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    expect(await stored(id)).toMatchObject({ title: "Regional workshop on child online protection", version: 1 });
    const refusals = await database.db
      .select({ actor: auditEvents.actorUserId, after: auditEvents.after, activityId: auditEvents.activityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "refused")))
      .orderBy(auditEvents.id);
    expect(refusals).toEqual([
      { actor: undp.id, after: { attempted: "edit", reason: "forbidden" }, activityId: null },
      { actor: viewer.id, after: { attempted: "edit", reason: "forbidden" }, activityId: null },
    ]);
  });

  it("stores no text a client made up when it refuses", async () => {
    const id = await draft();
    const made_up = "<script>alert(1)</script> a long story".repeat(50);
    await expect(
      transitionActivity(viewer, {
        activityId: id,
        action: made_up as never,
        expectedVersion: 1,
        input: { comment: "" },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      transitionActivity(viewer, {
        activityId: "not-a-uuid",
        action: "approve",
        expectedVersion: 1,
        input: { comment: "" },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const refusals = await database.db
      .select({ entityId: auditEvents.entityId, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, viewer.id), eq(auditEvents.action, "refused")))
      .orderBy(auditEvents.id);
    expect(refusals.slice(-2)).toEqual([
      { entityId: id, after: { attempted: "invalid", reason: "not_found" } },
      { entityId: "invalid", after: { attempted: "approve", reason: "not_found" } },
    ]);
  });

  it("refuses a transition the current state does not allow", async () => {
    const id = await draft();
    await expect(move(reviewer, id, "approve")).rejects.toMatchObject({ code: "forbidden" });
    await expect(move(unicef, id, "complete")).rejects.toMatchObject({ code: "forbidden" });
    expect(await stored(id)).toMatchObject({ status: "draft", version: 1 });
  });

  it("says what a draft lacks before it can be submitted", async () => {
    const { id } = await createActivity(unicef, await draftInput(database.db, { countryCode: "", themes: [] }));
    const attempt = move(unicef, id, "submit");
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toThrow("Before submitting: Choose at least one theme. Give the country.");
  });

  it("shows on the activity's page what stops an action, before anyone presses it", async () => {
    const { id } = await createActivity(unicef, await draftInput(database.db, { countryCode: "", themes: [] }));
    const draftPage = (await getActivity(unicef, id))!;
    expect(draftPage.submission).toEqual([
      { field: "themes", message: "Choose at least one theme." },
      { field: "countryCode", message: "Give the country." },
    ]);
    // The words the server refuses with (above) are the words the page shows.
    expect(draftPage.actions.find((a) => a.action === "submit")?.blockedBy).toBe(
      "Before submitting: Choose at least one theme. Give the country.",
    );
    expect(await getActivity(viewer, id)).toMatchObject({ actions: [], submission: null });

    const { id: later } = await createActivity(unicef, await draftInput(database.db, { startDate: "2099-01-20" }));
    expect((await getActivity(unicef, later))!.submission).toEqual([]);
    await move(unicef, later, "submit");
    await move(reviewer, later, "approve");
    const scheduled = (await getActivity(unicef, later))!;
    expect(scheduled.submission).toBeNull();
    expect(scheduled.actions.find((a) => a.action === "complete")).toMatchObject({
      blockedBy: "Can be marked completed from 20 January 2099.",
    });
    await expect(move(unicef, later, "complete")).rejects.toThrow("Can be marked completed from 20 January 2099.");
    // A reviewer may only cancel a scheduled activity: offered, and marked destructive.
    const asReviewer = (await getActivity(reviewer, later))!;
    expect(asReviewer.actions.map((a) => [a.action, a.destructive, a.blockedBy])).toEqual([["cancel", true, null]]);
  });

  it("lets no reviewer approve what they submitted, and requires a comment to request changes", async () => {
    const { id } = await createActivity(secretariat, await draftInput(database.db));
    await move(reviewer, id, "submit").catch(() => undefined); // reviewers do not submit: refused
    await move(secretariat, id, "submit");
    await expect(move(reviewer, id, "request_changes", "")).rejects.toBeInstanceOf(InvalidInputError);
    await move(reviewer, id, "request_changes", "Add the participants.");
    expect(await stored(id)).toMatchObject({ status: "draft", reviewState: "changes_requested" });
    const last = (await auditOf(id)).at(-1)!;
    expect(last).toMatchObject({ action: "request_changes", after: { comment: "Add the participants." } });
  });

  it("puts a submitted draft in the queue of reviewers other than its author, and counts it", async () => {
    const { id } = await createActivity(secretariat, await draftInput(database.db, { title: "Queued dialogue" }));
    await move(secretariat, id, "submit");
    const queued = await getQueue(reviewer);
    const submittedAt = (await stored(id)).submittedAt!;
    // The row says who sent it, from which organisation, for when, and since when it waits.
    expect(queued).toContainEqual({
      activityId: id,
      title: "Queued dialogue",
      reason: "Waiting for your review",
      href: `/activities/${id}`,
      submittedBy: secretariat.name,
      organisation: "UNICEF",
      start: { date: "2026-03-10", precision: "day" },
      end: null,
      parts: [],
      waitingSince: submittedAt,
    });
    expect(await countQueue(reviewer)).toBe(queued.length);
    // Viewers never act: no queue to read, and nothing counted for them.
    await expect(getQueue(viewer)).rejects.toMatchObject({ code: "forbidden" });
    expect(await countQueue(viewer)).toBe(0);
    await move(reviewer, id, "request_changes", "Add a summary.");
    expect((await getQueue(reviewer)).map((q) => q.activityId)).not.toContain(id);
    expect(await getQueue(secretariat)).toContainEqual(expect.objectContaining({ activityId: id, reason: "Draft" }));
  });

  it("changes state once when the same approval arrives twice", async () => {
    const id = await draft();
    await move(unicef, id, "submit");
    const { version } = await stored(id);
    const approve = () =>
      transitionActivity(reviewer, {
        activityId: id,
        action: "approve",
        expectedVersion: version,
        input: { comment: "" },
      });
    await approve();
    await expect(approve()).rejects.toBeInstanceOf(ConflictError);
    expect((await auditOf(id)).filter((e) => e.action === "approve")).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ status: "scheduled", reviewState: "none" });
  });

  it("refuses an edit from an old version, naming who changed it and when", async () => {
    const id = await draft();
    await updateActivity(unicef, id, 1, await draftInput(database.db, { title: "First save" }));
    const late = updateActivity(secretariat, id, 1, await draftInput(database.db, { title: "Second save" }));
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toMatchObject({ changedBy: "Uma UNICEF" });
    expect(await stored(id)).toMatchObject({ title: "First save", version: 2 });
    const edit = (await auditOf(id)).find((e) => e.action === "edit")!;
    expect(edit.after).toEqual({ Title: "First save" });
  });

  // Races show only with real concurrent connections: on PostgreSQL, never on PGlite.
  if (engine === "postgres") {
    it("lets exactly one of 20 concurrent approvals through, with one audit event", async () => {
      const id = await draft();
      await move(unicef, id, "submit");
      const { version } = await stored(id);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          transitionActivity(reviewer, {
            activityId: id,
            action: "approve",
            expectedVersion: version,
            input: { comment: "" },
          }),
        ),
      );
      const succeeded = outcomes.filter((o) => o.status === "fulfilled").length;
      const conflicts = outcomes.filter((o) => o.status === "rejected" && o.reason instanceof ConflictError).length;
      const approvals = (await auditOf(id)).filter((e) => e.action === "approve").length;
      console.log(
        `20 concurrent approvals: ${succeeded} succeeded, ${conflicts} conflicts, ${approvals} approve event(s)`,
      );
      expect({ succeeded, conflicts, approvals }).toEqual({ succeeded: 1, conflicts: 19, approvals: 1 });
      expect(await stored(id)).toMatchObject({ status: "scheduled", version: version + 1 });
    });

    it("saves one of two concurrent edits from the same version and refuses the other", async () => {
      const id = await draft();
      const outcomes = await Promise.allSettled([
        updateActivity(unicef, id, 1, await draftInput(database.db, { title: "Edit by UNICEF" })),
        updateActivity(secretariat, id, 1, await draftInput(database.db, { title: "Edit by the secretariat" })),
      ]);
      const saved = outcomes.filter((o) => o.status === "fulfilled").length;
      const conflicts = outcomes.filter((o) => o.status === "rejected" && o.reason instanceof ConflictError).length;
      console.log(`2 concurrent edits from version 1: ${saved} saved, ${conflicts} conflict`);
      expect({ saved, conflicts }).toEqual({ saved: 1, conflicts: 1 });
      const row = await stored(id);
      expect(row.version).toBe(2);
      expect(["Edit by UNICEF", "Edit by the secretariat"]).toContain(row.title);
      expect((await auditOf(id)).filter((e) => e.action === "edit")).toHaveLength(1);
    });
  }

  describe("reports", () => {
    let activityId: string;
    const reportInput = (organisationId: string) =>
      reportInput_(organisationId, {
        bySex: { women: "16", men: "14", other: "" },
        links: "https://example.org/report",
      });

    beforeAll(async () => {
      activityId = await draft();
      await move(unicef, activityId, "submit");
      await move(reviewer, activityId, "approve");
      await move(unicef, activityId, "complete");
    });

    it("refuses a disguised file and stores nothing of the report", async () => {
      const attempt = submitReport(unicef, activityId, 0, reportInput(unicef.organisation!.id), [
        { name: "minutes.pdf", bytes: SAMPLE_FILES.disguised },
      ]);
      await expect(attempt).rejects.toMatchObject({
        fieldErrors: { attachments: expect.stringContaining("minutes.pdf is not a PDF") },
      });
      expect(await database.db.select().from(reports).where(eq(reports.activityId, activityId))).toEqual([]);
    });

    it("files a focal point's report under their own organisation, whatever is posted", async () => {
      const { reportId } = await submitReport(unicef, activityId, 0, reportInput(undp.organisation!.id), [
        { name: "minutes.pdf", bytes: SAMPLE_FILES.pdf },
      ]);
      const [report] = await database.db.select().from(reports).where(eq(reports.id, reportId));
      expect(report).toMatchObject({
        organisationId: unicef.organisation!.id,
        state: "submitted",
        participantsTotal: 30,
      });
      // The same form sent twice: the second finds the first already saved.
      await expect(
        submitReport(unicef, activityId, 0, reportInput(unicef.organisation!.id), []),
      ).rejects.toBeInstanceOf(ConflictError);
    });

    it("refuses to reopen the activity while its report waits for review", async () => {
      const attempt = move(reviewer, activityId, "reopen", "Dates were wrong.");
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toThrow(/A report is waiting for review/);
      expect(await stored(activityId)).toMatchObject({ status: "completed" });
    });

    it("lets a reviewer approve it and not its author, and makes it read-only", async () => {
      const [report] = await database.db.select().from(reports).where(eq(reports.activityId, activityId));
      await expect(transitionReport(unicef, report!.id, "approve_report", report!.version, "")).rejects.toMatchObject({
        code: "forbidden",
      });
      await transitionReport(reviewer2, report!.id, "approve_report", report!.version, "");
      await expect(
        transitionReport(reviewer2, report!.id, "return_report", report!.version + 1, "Late"),
      ).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(
        submitReport(unicef, activityId, report!.version + 1, reportInput(unicef.organisation!.id), []),
      ).rejects.toMatchObject({ code: "forbidden" });
    });
  });
});
