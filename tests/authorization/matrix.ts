import { createRequire } from "node:module";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { planClauses } from "@/db/schema";
import { createApiToken, revokeApiToken } from "@/lib/dal/accounts/api-tokens";
import { markAllRead } from "@/lib/dal/notifications/inbox";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { startSession } from "@/lib/dal/accounts/sessions";
import { csvLines, CSV_HEADER } from "@/lib/exports/csv";
import { draftInput } from "@/tests/activity-input";
import { importApp } from "./discover";
import { actAs } from "./fake-session";
import { reportInput } from "@/tests/report-input";
import { ACTORS, freshPassword, DEMO_PASSWORD, type Actor, type SignedIn, type Targets, type World } from "./fixtures";

// Every server action (each export of an app/**/actions.ts) and every route handler (each
// HTTP method of an app/**/route.ts), with what each person must get from it. One list:
// matrix.test.ts fails when an export is missing here or a row names one that is gone, then
// runs every row as every actor against a real database.

/**
 * What a call must come to. For actions: "ok"; "no-effect" (ok, and no row changed: it acted
 * on nothing of theirs); "refused" (forbidden or not found: one message for both, by design);
 * "invalid" (the input or the state was refused with a message); "signed-out". For routes:
 * the HTTP status. Anything but "ok" must leave every table as it was.
 */
export type Outcome = "ok" | "no-effect" | "refused" | "invalid" | "signed-out" | number;

export interface CellContext {
  world: World;
  targets: Targets;
  actor: Actor;
  /** The acting user; for the signed-out cell, the focal point whose things are the target. */
  self: SessionUser;
}

export interface Entry {
  file: string;
  export: string;
  /** What this row tries, where one export has several rows. */
  variant?: string;
  /** Makes this cell's own target and returns the call's arguments. */
  setup: (cell: CellContext) => Promise<unknown[]>;
  expect: Record<Actor, Outcome>;
}

/** These may; every other signed-in person is refused; nobody signed out gets anywhere. */
function only(...who: SignedIn[]): Record<Actor, Outcome> {
  return Object.fromEntries(
    ACTORS.map((a) => [a, a === "signed_out" ? "signed-out" : who.includes(a) ? "ok" : "refused"]),
  ) as Record<Actor, Outcome>;
}

const everyone = (outcome: Outcome, signedOut: Outcome = "signed-out") =>
  Object.fromEntries(ACTORS.map((a) => [a, a === "signed_out" ? signedOut : outcome])) as Record<Actor, Outcome>;

const ADMIN_ONLY = only("admin");
const NOTE_WRITERS = only("admin", "secretariat", "reviewer");
const PUBLICATION_DECIDERS = only("admin", "secretariat", "reviewer");

const ACTIVITIES = "app/(app)/activities/actions.ts";
const NOTES = "app/(app)/reports/background-note/actions.ts";
const USERS = "app/(app)/admin/users/actions.ts";
const FORGOT_PASSWORD = "app/login/forgot-password/actions.ts";
const SECURITY = "app/(app)/account/security/actions.ts";

/** A GET as the browser sends it, with the route's params as Next passes them. */
const get = (path: string, params: Record<string, unknown> = {}) => [
  new Request(`http://localhost${path}`),
  { params: Promise.resolve(params) },
];

/**
 * A request to next-auth's handler, which reads cookies and headers through next/headers
 * (loaded by Node's require, out of vi.mock's reach): those two are pointed at this request.
 * No session cookie is sent: next-auth's own session plays no part in who may do what.
 */
function authRequest(path: string, init?: { method: string; form: Record<string, string> }) {
  const request = new NextRequest(`http://localhost${path}`, {
    method: init?.method ?? "GET",
    headers: init ? { "content-type": "application/x-www-form-urlencoded" } : {},
    body: init ? new URLSearchParams(init.form).toString() : undefined,
  });
  const nextHeaders = createRequire(import.meta.url)("next/headers");
  nextHeaders.cookies = async () => request.cookies;
  nextHeaders.headers = async () => request.headers;
  return [request, { params: Promise.resolve({ nextauth: path.split("/").slice(3) }) }];
}

/** One row for the CSV import: a new draft led by UNICEF, under a reference of its own. */
const importCsv = () =>
  csvLines([
    CSV_HEADER,
    [
      `matrix-${Math.random().toString(36).slice(2)}`,
      "Imported consultation on migrant workers",
      "",
      "consultation",
      "draft",
      "2026-05-04",
      "",
      "Jakarta",
      "ID",
      "",
      "UNICEF",
      "AICHR (co_organiser)",
      "womens_rights",
      "1.2.4",
    ],
  ]);

const ORGANISATIONS = "app/(app)/admin/organisations/actions.ts";
const PLAN = "app/(app)/admin/plan/actions.ts";
const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();

const newOrganisation = () => ({
  code: `TEST-${unique()}`,
  kind: "un_entity",
  name: "United Nations Test Office",
  acronym: "",
  parentId: "",
  countryCode: "",
  iatiIdentifier: "",
});
const SERIES = "app/(app)/series/actions.ts";
const SERIES_KEEPERS = only("admin", "secretariat");
const newSeries = () => ({ code: `SERIES-${unique()}`, name: "Test Meeting", context: "" });
const planEdition = (frameworkId: string) => ({
  frameworkId,
  title: "ASEAN-UN Plan of Action (test)",
  startYear: 2026,
  endYear: 2030,
  adoptedAt: "",
  sections: [{ number: "1.2", title: "Human rights" }],
  clauses: [{ number: "1.2.1", text: "Promote human rights together." }],
});

/** A fresh target made by the admin through the action itself (its data layer is new and moving). */
async function madeByAdmin(world: World, file: string, name: string, values: unknown): Promise<string> {
  actAs(world.sessions.admin);
  try {
    const call = (await importApp(file))[name] as (values: unknown) => Promise<{ ok: boolean; data?: { id: string } }>;
    const result = await call(values);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
    return result.data!.id;
  } finally {
    actAs(null);
  }
}

/**
 * A framework of the matrix's own: its editions never change which editions of the record's
 * plans are in force (and so which clauses the activity rows may link).
 */
const matrixFramework = (world: World) =>
  madeByAdmin(world, PLAN, "createPlanFrameworkAction", { code: `MATRIX-${unique()}`, name: "Matrix plan", owner: "" });

/** The one clause of an edition the matrix made. */
async function onlyClause(world: World, editionId: string): Promise<string> {
  const [row] = await world.db
    .select({ id: planClauses.id })
    .from(planClauses)
    .where(eq(planClauses.editionId, editionId));
  return row!.id;
}

const stateRow = (
  action: string,
  from: "draft" | "submitted" | "scheduled" | "completed",
  expect: Record<Actor, Outcome>,
  comment = "",
): Entry => ({
  file: ACTIVITIES,
  export: "transitionActivityAction",
  variant: action,
  setup: async ({ targets }) => {
    const { id, version } = await targets[from]();
    return [id, version, action, { comment }];
  },
  expect,
});

export const MATRIX: Entry[] = [
  // Activities and their workflow (lib/workflow/activity.ts is the table these follow).
  {
    file: ACTIVITIES,
    export: "createActivityAction",
    setup: async ({ world }) => [await draftInput(world.db)],
    expect: only("admin", "secretariat", "focal_point"),
  },
  {
    file: ACTIVITIES,
    export: "updateActivityAction",
    setup: async ({ world, targets }) => {
      const { id, version } = await targets.draft();
      return [id, version, await draftInput(world.db, { title: "Renamed workshop" })];
    },
    expect: only("admin", "secretariat", "focal_point"),
  },
  stateRow("submit", "draft", only("admin", "secretariat", "focal_point")),
  stateRow("withdraw", "submitted", only("focal_point")),
  stateRow("approve", "submitted", only("reviewer")),
  stateRow("request_changes", "submitted", only("reviewer"), "Add the agenda."),
  stateRow("complete", "scheduled", only("secretariat", "focal_point")),
  stateRow("cancel", "draft", only("admin", "secretariat", "reviewer"), "Postponed indefinitely."),
  stateRow("reopen", "completed", only("admin", "reviewer"), "The dates were wrong."),
  {
    file: ACTIVITIES,
    export: "setIatiPublicationAction",
    setup: async ({ targets }) => [(await targets.completed()).id, { publish: false }],
    expect: PUBLICATION_DECIDERS,
  },
  {
    file: ACTIVITIES,
    export: "rescheduleActivityAction",
    setup: async ({ targets }) => {
      const { id, version } = await targets.scheduled();
      const input = {
        comment: "The venue moved.",
        startDate: "2026-04-14",
        startPrecision: "day",
        endDate: "",
        endPrecision: "day",
        city: "Chiang Mai",
        countryCode: "TH",
      };
      return [id, version, input];
    },
    expect: only("secretariat", "focal_point"),
  },
  {
    file: ACTIVITIES,
    export: "submitReportAction",
    setup: async ({ world, targets }) => {
      const { id } = await targets.completed();
      const form = new FormData();
      form.set("values", JSON.stringify(reportInput(world.users.focal_point.organisation!.id)));
      return [id, 0, form];
    },
    // A focal point reports for their own organisation whatever is posted: UNDP's is not involved.
    expect: only("secretariat", "focal_point"),
  },
  ...(
    [
      ["approve_report", "submitted", only("reviewer"), ""],
      ["return_report", "submitted", only("reviewer"), "Give the numbers by group."],
      ["reopen_report", "approved", only("admin", "reviewer"), "A figure was wrong."],
    ] as const
  ).map(([action, state, expect, comment]): Entry => ({
    file: ACTIVITIES,
    export: "transitionReportAction",
    variant: action,
    setup: async ({ targets }) => {
      const report = state === "submitted" ? await targets.reportSubmitted() : await targets.reportApproved();
      return [report.activityId, report.reportId, report.version, action, comment];
    },
    expect,
  })),
  {
    file: "app/(app)/activities/import/actions.ts",
    export: "previewImportAction",
    setup: async () => [importCsv()],
    // A preview writes nothing.
    expect: { ...only("admin", "secretariat"), admin: "no-effect", secretariat: "no-effect" },
  },
  {
    file: "app/(app)/activities/import/actions.ts",
    export: "applyImportAction",
    setup: async () => [importCsv()],
    expect: only("admin", "secretariat"),
  },

  // Background notes: written by the secretariat, reviewers and admins, read by all.
  {
    file: NOTES,
    export: "createNoteAction",
    setup: async () => [
      {
        title: "A note",
        noteDate: "2019-12-31",
        periodFrom: "2019-01-01",
        periodTo: "2019-12-31",
        organisationCodes: [],
        themes: [],
        includeUndated: false,
      },
    ],
    expect: NOTE_WRITERS,
  },
  {
    file: NOTES,
    export: "saveNotePartAction",
    setup: async ({ targets }) => [await targets.note(), { key: "introduction", text: "In 2019, cooperation grew." }],
    expect: NOTE_WRITERS,
  },
  {
    file: NOTES,
    export: "restoreNotePartAction",
    setup: async ({ targets }) => [await targets.note(), { key: "introduction" }],
    expect: NOTE_WRITERS,
  },
  {
    file: NOTES,
    export: "deleteNoteAction",
    setup: async ({ targets }) => [await targets.note()],
    expect: NOTE_WRITERS,
  },
  {
    file: NOTES,
    export: "setLeftOutAction",
    setup: async ({ targets }) => [await targets.note(), (await targets.draft()).id, true],
    expect: NOTE_WRITERS,
  },
  {
    file: NOTES,
    export: "regenerateNoteAction",
    setup: async ({ targets }) => [await targets.note()],
    expect: NOTE_WRITERS,
  },
  {
    file: NOTES,
    export: "setNotePublicAction",
    setup: async ({ targets }) => [await targets.note(), true],
    expect: NOTE_WRITERS,
  },

  // The user's own things: every signed-in person acts on their own.
  {
    file: "app/(app)/account/actions.ts",
    export: "renewCalendarFeedAction",
    setup: async () => [],
    expect: everyone("ok"),
  },
  {
    file: "app/(app)/account/actions.ts",
    export: "revokeCalendarFeedAction",
    setup: async ({ targets, self }) => (await targets.feedToken(self), []),
    expect: everyone("ok"),
  },
  {
    file: "app/(app)/account/actions.ts",
    export: "createApiTokenAction",
    setup: async () => [{ name: "Matrix", expiresInDays: 30 }],
    expect: everyone("ok"),
  },
  {
    file: "app/(app)/account/actions.ts",
    export: "revokeApiTokenAction",
    setup: async ({ self }) => [(await createApiToken(self, { name: "Own", expiresInDays: 30 })).id],
    expect: everyone("ok"),
  },
  {
    file: "app/(app)/account/actions.ts",
    export: "revokeApiTokenAction",
    variant: "someone else's token",
    setup: async ({ world }) => [
      (await createApiToken(world.users.viewer, { name: "Not yours", expiresInDays: 30 })).id,
    ],
    expect: { ...everyone("refused"), viewer: "ok", signed_out: "signed-out" },
  },
  {
    file: "app/(app)/notifications/actions.ts",
    export: "markReadAction",
    variant: "the focal point's notification",
    setup: async ({ targets }) => [await targets.notification()],
    // Someone else's notification: nothing of theirs to mark, and nothing changes.
    expect: { ...everyone("no-effect"), focal_point: "ok" },
  },
  {
    file: "app/(app)/notifications/actions.ts",
    export: "markAllReadAction",
    setup: async ({ targets, self }) => {
      await markAllRead(self); // what earlier cells told them is read: only the new one is left
      await targets.notification();
      return [];
    },
    expect: { ...everyone("no-effect"), focal_point: "ok" },
  },
  {
    file: "app/(app)/notifications/actions.ts",
    export: "setEmailPreferenceAction",
    setup: async () => [{ preference: "digest" }],
    expect: everyone("ok"),
  },

  // Password and two-step verification: the account holder's own, open to every role.
  {
    file: SECURITY,
    export: "changePasswordAction",
    setup: async ({ targets, self }) => {
      await targets.resetAccount(self);
      const password = freshPassword();
      return [{ current: DEMO_PASSWORD, password, confirmation: password }];
    },
    expect: everyone("ok"),
  },
  {
    file: SECURITY,
    export: "startMfaEnrolmentAction",
    setup: async ({ targets, self }) => (await targets.resetAccount(self), []),
    expect: everyone("ok"),
  },
  {
    file: SECURITY,
    export: "confirmMfaEnrolmentAction",
    setup: async ({ targets, self }) => [{ code: await targets.mfa(self, "pending") }],
    expect: everyone("ok"),
  },
  {
    file: SECURITY,
    export: "renewRecoveryCodesAction",
    setup: async ({ targets, self }) => [{ code: await targets.mfa(self, "on") }],
    expect: everyone("ok"),
  },
  {
    file: SECURITY,
    export: "disableMfaAction",
    setup: async ({ targets, self }) => (await targets.mfa(self, "on"), [{ password: DEMO_PASSWORD }]),
    expect: everyone("ok"),
  },
  {
    file: SECURITY,
    export: "endOtherSessionsAction",
    setup: async ({ targets, self }) => {
      await targets.resetAccount(self);
      await startSession(self.id); // signed in on another device too
      return [{ password: DEMO_PASSWORD }];
    },
    expect: everyone("ok"),
  },
  {
    file: "app/set-password/[token]/actions.ts",
    export: "setPasswordAction",
    variant: "a valid link",
    // The link is the credential: whoever holds it, signed in or not.
    setup: async ({ targets }) => {
      const password = freshPassword();
      return [(await targets.invitedUser()).token, { password, confirmation: password }];
    },
    expect: everyone("ok", "ok"),
  },
  {
    file: "app/set-password/[token]/actions.ts",
    export: "setPasswordAction",
    variant: "a made-up link",
    setup: async () => {
      const password = freshPassword();
      return ["A".repeat(43), { password, confirmation: password }];
    },
    expect: everyone("invalid", "invalid"),
  },
  {
    file: FORGOT_PASSWORD,
    export: "requestPasswordResetAction",
    variant: "an account's email",
    // No session is needed, and anyone gets the same answer; only the account's mailbox receives the link.
    setup: async ({ targets }) => [{ email: (await targets.invitedUser()).email }],
    expect: everyone("ok", "ok"),
  },
  {
    file: FORGOT_PASSWORD,
    export: "requestPasswordResetAction",
    variant: "an email without an account",
    // The same "ok": the request is counted against the address (the throttle), nothing is sent.
    setup: async () => [{ email: `nobody-${Math.random().toString(36).slice(2)}@example.org` }],
    expect: everyone("ok", "ok"),
  },
  {
    file: FORGOT_PASSWORD,
    export: "requestPasswordResetAction",
    variant: "not an email",
    setup: async () => [{ email: "not an email" }],
    expect: everyone("invalid", "invalid"),
  },

  // Administration: the admin alone.
  {
    file: USERS,
    export: "inviteUserAction",
    setup: async () => [
      {
        name: "New Person",
        email: `new-${Math.random().toString(36).slice(2)}@example.org`,
        role: "viewer",
        organisationId: "",
      },
    ],
    expect: ADMIN_ONLY,
  },
  {
    file: USERS,
    export: "changeUserRoleAction",
    setup: async ({ targets }) => [(await targets.invitedUser()).userId, { role: "reviewer", organisationId: "" }],
    expect: ADMIN_ONLY,
  },
  {
    file: USERS,
    export: "setUserActiveAction",
    setup: async ({ targets }) => [(await targets.invitedUser()).userId, false],
    expect: ADMIN_ONLY,
  },
  {
    file: USERS,
    export: "forcePasswordResetAction",
    setup: async ({ targets }) => [(await targets.invitedUser()).userId],
    expect: ADMIN_ONLY,
  },
  {
    file: USERS,
    export: "renewInvitationAction",
    setup: async ({ targets }) => [(await targets.invitedUser()).userId],
    expect: ADMIN_ONLY,
  },
  {
    file: USERS,
    export: "unlockSignInAction",
    setup: async ({ targets }) => [await targets.throttledUser()],
    expect: ADMIN_ONLY,
  },
  {
    file: USERS,
    export: "setMfaRequiredRolesAction",
    setup: async () => [{ roles: [] }],
    expect: ADMIN_ONLY,
  },
  {
    file: "app/(app)/admin/organisations/actions.ts",
    export: "setIatiIdentifierAction",
    setup: async ({ targets }) => [
      await targets.organisationId("UNDP"),
      { iatiIdentifier: `XM-DAC-${Math.floor(Math.random() * 1e6)}` },
    ],
    expect: ADMIN_ONLY,
  },

  {
    file: ORGANISATIONS,
    export: "createOrganisationAction",
    setup: async () => [newOrganisation()],
    expect: ADMIN_ONLY,
  },
  {
    file: ORGANISATIONS,
    export: "updateOrganisationAction",
    setup: async ({ world }) => [
      await madeByAdmin(world, ORGANISATIONS, "createOrganisationAction", newOrganisation()),
      { name: "United Nations Renamed Office", acronym: "UNRO", parentId: "" },
    ],
    expect: ADMIN_ONLY,
  },
  {
    file: ORGANISATIONS,
    export: "setOrganisationRetiredAction",
    setup: async ({ world }) => [
      await madeByAdmin(world, ORGANISATIONS, "createOrganisationAction", newOrganisation()),
      true,
    ],
    expect: ADMIN_ONLY,
  },
  {
    file: PLAN,
    export: "createPlanEditionAction",
    setup: async ({ world }) => [{ code: `POA-${unique()}`, ...planEdition(await matrixFramework(world)) }],
    expect: ADMIN_ONLY,
  },
  {
    file: PLAN,
    export: "updatePlanEditionAction",
    setup: async ({ world }) => {
      const frameworkId = await matrixFramework(world);
      return [
        await madeByAdmin(world, PLAN, "createPlanEditionAction", {
          code: `POA-${unique()}`,
          ...planEdition(frameworkId),
        }),
        { ...planEdition(frameworkId), title: "ASEAN-UN Plan of Action (renamed)" },
      ];
    },
    expect: ADMIN_ONLY,
  },
  {
    file: PLAN,
    export: "createPlanFrameworkAction",
    setup: async () => [{ code: `FW-${unique()}`, name: "AICHR Work Plan (test)", owner: "the AICHR" }],
    expect: ADMIN_ONLY,
  },
  {
    file: PLAN,
    export: "updatePlanFrameworkAction",
    setup: async ({ world }) => [await matrixFramework(world), { name: "Matrix plan (renamed)", owner: "" }],
    expect: ADMIN_ONLY,
  },
  {
    file: PLAN,
    export: "setClauseContinuationsAction",
    // A clause of a second edition continues the one clause of the framework's first.
    setup: async ({ world }) => {
      const frameworkId = await matrixFramework(world);
      const edition = (startYear: number) =>
        madeByAdmin(world, PLAN, "createPlanEditionAction", {
          code: `WP-${unique()}`,
          ...planEdition(frameworkId),
          startYear,
          endYear: startYear + 4,
        });
      const first = await edition(2016);
      const next = await edition(2021);
      return [await onlyClause(world, next), { previousClauseIds: [await onlyClause(world, first)] }];
    },
    expect: ADMIN_ONLY,
  },

  {
    file: SERIES,
    export: "createSeriesAction",
    setup: async () => [newSeries()],
    expect: SERIES_KEEPERS,
  },
  {
    file: SERIES,
    export: "updateSeriesAction",
    setup: async ({ world }) => [
      await madeByAdmin(world, SERIES, "createSeriesAction", newSeries()),
      { name: "Test Meeting (renamed)", context: "Held once a year since 2011." },
    ],
    expect: SERIES_KEEPERS,
  },

  // Route handlers: public endpoints that check the session themselves.
  {
    file: "app/(app)/activities/[id]/attachments/[attachmentId]/route.ts",
    export: "GET",
    variant: "report under review",
    // Those who may review it and its own side; the viewer and an uninvolved focal point find nothing.
    setup: async ({ targets }) => {
      const report = await targets.reportSubmitted();
      return get(`/activities/${report.activityId}/attachments/${report.attachmentId}`, report);
    },
    expect: { ...everyone(200, 401), viewer: 404, other_focal_point: 404 },
  },
  {
    file: "app/(app)/activities/[id]/attachments/[attachmentId]/route.ts",
    export: "GET",
    variant: "report approved",
    setup: async ({ targets }) => {
      const report = await targets.reportApproved(false);
      return get(`/activities/${report.activityId}/attachments/${report.attachmentId}`, report);
    },
    expect: everyone(200, 401),
  },
  {
    file: "app/(app)/activities/export.csv/route.ts",
    export: "GET",
    setup: async () => get("/activities/export.csv?year=2019"),
    expect: everyone(200, 401),
  },
  {
    file: "app/(app)/export/iati.xml/route.ts",
    export: "GET",
    setup: async () => get("/export/iati.xml?year=2019"),
    expect: everyone(200, 401),
  },
  ...(["docx", "pdf"] as const).flatMap((kind): Entry[] => [
    {
      file: `app/(app)/reports/background-note/[id]/note.${kind}/route.ts`,
      export: "GET",
      setup: async ({ targets }) => {
        const id = await targets.note();
        return get(`/reports/background-note/${id}/note.${kind}`, { id });
      },
      expect: everyone(200, 401),
    },
    {
      file: `app/(app)/reports/background-note/[id]/note.${kind}/route.ts`,
      export: "GET",
      variant: "no such note",
      setup: async () => get(`/reports/background-note/x/note.${kind}`, { id: "00000000-0000-4000-8000-00000000dead" }),
      expect: everyone(404, 401),
    },
  ]),
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    export: "GET",
    setup: async () => authRequest("/api/auth/providers"),
    expect: everyone(200, 200),
  },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    export: "POST",
    variant: "a sign-in without next-auth's CSRF token",
    setup: async () =>
      authRequest("/api/auth/callback/credentials", {
        method: "POST",
        form: { email: "admin@demo.test", password: DEMO_PASSWORD },
      }),
    // Sent back to the sign-in page; nobody is signed in and nothing is written.
    expect: everyone(302, 302),
  },
  {
    file: "app/api/health/route.ts",
    export: "GET",
    setup: async () => get("/api/health"),
    expect: everyone(200, 200),
  },
  {
    file: "app/calendar.ics/route.ts",
    export: "GET",
    variant: "a live feed token",
    // The token stands for its owner: the session plays no part.
    setup: async ({ targets, world }) => get(`/calendar.ics?token=${await targets.feedToken(world.users.focal_point)}`),
    expect: everyone(200, 200),
  },
  {
    file: "app/calendar.ics/route.ts",
    export: "GET",
    variant: "a revoked feed token",
    setup: async ({ targets, world }) => {
      const token = await targets.feedToken(world.users.focal_point);
      await targets.feedToken(world.users.focal_point); // renewed: the first stops working
      return get(`/calendar.ics?token=${token}`);
    },
    expect: everyone(404, 404),
  },
  {
    file: "app/public/attachments/[attachmentId]/route.ts",
    export: "GET",
    variant: "published, report approved",
    setup: async ({ targets }) => {
      const { attachmentId } = await targets.reportApproved(true);
      return get(`/public/attachments/${attachmentId}`, { attachmentId });
    },
    expect: everyone(200, 200),
  },
  {
    file: "app/public/attachments/[attachmentId]/route.ts",
    export: "GET",
    variant: "published, report not yet approved",
    setup: async ({ targets }) => {
      const { attachmentId } = await targets.reportSubmitted(true);
      return get(`/public/attachments/${attachmentId}`, { attachmentId });
    },
    expect: everyone(404, 404),
  },
  // The public register's feeds: the published record, the same for everyone, signed in or not.
  {
    file: "app/public/calendar.ics/route.ts",
    export: "GET",
    setup: async () => get("/public/calendar.ics?clause=1.2.4"),
    expect: everyone(200, 200),
  },
  {
    file: "app/public/iati/activities.xml/route.ts",
    export: "GET",
    setup: async () => get("/public/iati/activities.xml"),
    expect: everyone(200, 200),
  },
  // The read API: anonymous calls see the published record, and so does everyone else.
  ...(["activities", "organisations", "editions", "openapi.json"] as const).map((path): Entry => ({
    file: `app/api/v1/${path}/route.ts`,
    export: "GET",
    setup: async () => get(`/api/v1/${path}`),
    expect: everyone(200, 200),
  })),
  {
    file: "app/api/v1/activities/route.ts",
    export: "GET",
    variant: "a revoked token",
    // A token that no longer stands for anyone is refused, not read as anonymous.
    setup: async ({ world }) => {
      const { id, token } = await createApiToken(world.users.viewer, { name: "Revoked", expiresInDays: 30 });
      await revokeApiToken(world.users.viewer, id);
      return [
        new Request("http://localhost/api/v1/activities", { headers: { Authorization: `Bearer ${token}` } }),
        { params: Promise.resolve({}) },
      ];
    },
    expect: everyone(401, 401),
  },
  ...(["", "/reports"] as const).flatMap((tail): Entry[] => [
    {
      file: `app/api/v1/activities/[id]${tail}/route.ts`,
      export: "GET",
      variant: "published",
      setup: async ({ targets }) => {
        const { id } = await targets.scheduled();
        return get(`/api/v1/activities/${id}${tail}`, { id });
      },
      expect: everyone(200, 200),
    },
    {
      file: `app/api/v1/activities/[id]${tail}/route.ts`,
      export: "GET",
      variant: "a draft",
      setup: async ({ targets }) => {
        const { id } = await targets.draft();
        return get(`/api/v1/activities/${id}${tail}`, { id });
      },
      expect: everyone(404, 404),
    },
  ]),
];
