import { eq } from "drizzle-orm";
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ZodType } from "zod";
import { ActivityFacts } from "@/components/activities/activity-facts";
import { activities, appSettings, backgroundNotes, organisations, reports, users } from "@/db/schema";
import { getActivity } from "@/lib/dal/activities/read";
import { loadFormValues } from "@/lib/dal/activities/edits";
import { emailPreferenceSchema } from "@/lib/dal/notifications/inbox";
import { iatiIdentifierSchema } from "@/lib/dal/admin/organisations";
import { iatiPublicationSchema } from "@/lib/dal/activities/iati-publication";
import { activityFormSchema } from "@/lib/validation/activity";
import { notePartSchema, noteSettingsSchema } from "@/lib/validation/background-note";
import { reportFormSchema } from "@/lib/validation/report";
import { inviteUserSchema, mfaRolesSchema, userRoleSchema } from "@/lib/validation/user";
import { ENGINES } from "@/tests/databases";
import { importApp } from "../authorization/discover";
import { actAs } from "../authorization/fake-session";
import { ACTORS, type SignedIn, type World } from "../authorization/fixtures";
import { MATRIX, type Entry } from "../authorization/matrix";
import { seededWorld } from "../authorization/seeded-world";
import { hostileValue, prototypeIntact, redigit, Tally } from "./hostile";

// Every server action of the matrix, called with hostile arguments by someone allowed to
// call it: it may refuse, never throw (an exception escaping runAction is a 500); what it
// stores passes the schema it came through; stored text renders as text.

vi.mock("@/lib/auth/session", () => import("../authorization/fake-session"));
// Outside a request there are no headers: the actions that read the client's address get none.
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

const RUNS = 40;
const tally = new Tally();
afterAll(() => tally.print("Fuzzed server actions"));

/** What to do to each argument: keep it, replace it, or replace some of its fields. */
const mutations = fc.array(
  fc.record({
    mode: fc.constantFrom("keep", "replace", "fields", "fields", "redigit"),
    digits: fc.array(fc.constantFrom(0, 0, 1, 2, 3, 9), { minLength: 1, maxLength: 8 }),
    value: hostileValue,
    fields: fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }),
    extra: fc.option(fc.tuple(fc.constantFrom("__proto__", "status", "version", "createdById", "role"), hostileValue), {
      freq: 4,
    }),
  }),
  { minLength: 6, maxLength: 6 },
);
type Mutation = fc.Arbitrary<typeof mutations extends fc.Arbitrary<infer T> ? T : never>;

function mutateFields(value: Record<string, unknown>, m: (Mutation extends fc.Arbitrary<infer T> ? T : never)[number]) {
  const copy: Record<string, unknown> = { ...value };
  const keys = Object.keys(copy);
  for (const [n, v] of m.fields) if (keys.length > 0) copy[keys[n % keys.length]!] = v;
  if (m.extra) Object.defineProperty(copy, m.extra[0], { value: m.extra[1], enumerable: true, writable: true });
  return copy;
}

/** A generated value as text to splice in; one whose toString is no function is spliced as "". */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return "";
  }
}

function mutate(args: unknown[], plan: Mutation extends fc.Arbitrary<infer T> ? T : never): unknown[] {
  return args.map((arg, i) => {
    const m = plan[i]!;
    if (m.mode === "replace") return m.value;
    if (m.mode === "redigit") return redigitAll(arg, m.digits);
    if (m.mode === "fields" && typeof arg === "string") {
      // Hostile text inside a valid one: a CSV cell, the middle of an id.
      const [at, v] = m.fields[0]!;
      const cut = at % (arg.length + 1);
      return `${arg.slice(0, cut)}${asText(v)}${arg.slice(cut)}`;
    }
    if (m.mode !== "fields" || arg === null || typeof arg !== "object") return arg;
    if (arg instanceof FormData) {
      const form = new FormData();
      const values = JSON.parse(String(arg.get("values"))) as Record<string, unknown>;
      form.set(
        "values",
        JSON.stringify(mutateFields(values, m), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
      );
      return form;
    }
    return mutateFields(arg as Record<string, unknown>, m);
  });
}

/** Every text inside the argument with its digits replaced: impossible dates, odd counts. */
function redigitAll(value: unknown, digits: number[]): unknown {
  if (typeof value === "string") return redigit(value, digits);
  if (value instanceof FormData) {
    const form = new FormData();
    form.set("values", redigit(String(value.get("values")), digits));
    return form;
  }
  if (Array.isArray(value)) return value.map((v) => redigitAll(v, digits));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redigitAll(v, digits)]));
  return value;
}

const ALLOWED_TAGS = new Set(["dl", "div", "dt", "dd", "span", "ul", "li", "time", "abbr", "a", "p"]);

/** Elements and attributes in markup rendered from stored values: only the component's own. */
function expectInert(html: string) {
  const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
  expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
}

function expectValid(schema: ZodType, value: unknown) {
  const parsed = schema.safeParse(value);
  expect(parsed.error?.issues ?? [], `stored ${JSON.stringify(value)?.slice(0, 300)}`).toEqual([]);
}

type ReadBack = (world: World, args: unknown[], data: unknown) => Promise<void>;

/** After a call succeeded: what it stored, read back and checked. */
function readBacks(): Record<string, ReadBack> {
  const activity = async (world: World, id: string) => {
    const stored = await loadFormValues(world.db, id);
    expectValid(activityFormSchema, stored!.values);
    expectInert(
      renderToStaticMarkup(createElement(ActivityFacts, { activity: (await getActivity(world.users.admin, id))! })),
    );
  };
  const note = async (world: World, id: string) => {
    const [row] = await world.db.select().from(backgroundNotes).where(eq(backgroundNotes.id, id));
    const { title, noteDate, periodFrom, periodTo, organisationCodes, themes, includeUndated, edits } = row!;
    expectValid(noteSettingsSchema, {
      title,
      noteDate,
      periodFrom,
      periodTo,
      organisationCodes,
      themes,
      includeUndated,
    });
    for (const [key, edit] of Object.entries(edits)) expectValid(notePartSchema, { key, text: edit.text });
  };
  const user = async (world: World, id: string, schema: ZodType, withName: boolean) => {
    const [row] = await world.db.select().from(users).where(eq(users.id, id));
    const values = { role: row!.role, organisationId: row!.organisationId ?? "" };
    expectValid(schema, withName ? { ...values, name: row!.name, email: row!.email } : values);
  };
  return {
    createActivityAction: (w, _a, data) => activity(w, (data as { id: string }).id),
    updateActivityAction: (w, a) => activity(w, String(a[0])),
    rescheduleActivityAction: (w, a) => activity(w, String(a[0])),
    applyImportAction: async (w, _a, data) => {
      for (const row of (data as { rows: Array<{ activityId: string | null }> }).rows)
        if (row.activityId) await activity(w, row.activityId);
    },
    submitReportAction: async (w, a) => {
      const [row] = await w.db
        .select()
        .from(reports)
        .where(eq(reports.activityId, String(a[0])));
      const links = row!.links.join("\n");
      expectValid(reportFormSchema.shape.outcomes, row!.outcomes);
      expectValid(reportFormSchema.shape.links, links);
    },
    createNoteAction: (w, _a, data) => note(w, (data as { id: string }).id),
    saveNotePartAction: (w, a) => note(w, String(a[0])),
    inviteUserAction: (w, _a, data) => user(w, (data as { userId: string }).userId, inviteUserSchema, true),
    changeUserRoleAction: (w, a) => user(w, String(a[0]), userRoleSchema, false),
    setIatiPublicationAction: async (w, a) => {
      const [row] = await w.db
        .select()
        .from(activities)
        .where(eq(activities.id, String(a[0])));
      expectValid(iatiPublicationSchema, { publish: row!.publishToIati });
    },
    setIatiIdentifierAction: async (w, a) => {
      const [row] = await w.db
        .select()
        .from(organisations)
        .where(eq(organisations.id, String(a[0])));
      expectValid(iatiIdentifierSchema, { iatiIdentifier: row!.iatiIdentifier ?? "", iatiType: row!.iatiType ?? "" });
    },
    setEmailPreferenceAction: async (w) => {
      const [row] = await w.db.select().from(users).where(eq(users.id, w.users.admin.id));
      expectValid(emailPreferenceSchema, { preference: row!.emailPreference });
    },
    setMfaRequiredRolesAction: async (w) => {
      const rows = await w.db.select().from(appSettings);
      for (const row of rows.filter((r) => r.key === "mfa_required_roles"))
        expectValid(mfaRolesSchema, { roles: row.value });
    },
  };
}

const ACTIONS = MATRIX.filter((entry) => entry.file.endsWith("actions.ts"));
const label = (e: Entry) => `${e.export}${e.variant ? ` (${e.variant})` : ""}`;

// One engine is enough for fuzzing: PostgreSQL where the run has one, else PGlite.
describe.each(ENGINES.slice(-1))("every server action, fed hostile arguments, on %s", (engine) => {
  const seeded = seededWorld(engine);
  const checks = readBacks();

  it.each(ACTIONS.map((entry) => [label(entry), entry] as const))("%s", async (name, entry) => {
    // Someone it lets through, so that hostile input reaches the data layer and the database.
    const { world, targets } = seeded;
    const actor = ACTORS.find((a): a is SignedIn => a !== "signed_out" && entry.expect[a] === "ok") ?? "admin";
    await fc.assert(
      fc.asyncProperty(mutations, async (plan) => {
        tally.add(name);
        const self = world.users[actor];
        const args = mutate(await entry.setup({ world, targets, actor, self }), plan);
        const call = (await importApp(entry.file))[entry.export] as (...args: unknown[]) => Promise<unknown>;
        actAs(world.sessions[actor]);
        let result: { ok?: unknown; data?: unknown };
        try {
          result = (await call(...args)) as typeof result;
        } finally {
          actAs(null);
        }
        expect(typeof result?.ok).toBe("boolean");
        if (result.ok) await checks[entry.export]?.(world, args, result.data);
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
