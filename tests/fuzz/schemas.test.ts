import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { ZodType } from "zod";
import { ActivityTable } from "@/components/activities/activity-table";
import { NoteDocument } from "@/components/notes/note-document";
import { leftOutMarkup } from "@/components/notes/note-markup";
import { csvCells } from "@/lib/exports/csv";
import { renderCalendar } from "@/lib/exports/ics";
import { renderIati } from "@/lib/exports/iati";
import { emailPreferenceSchema } from "@/lib/dal/notifications/inbox";
import { iatiIdentifierSchema } from "@/lib/dal/admin/organisations";
import { EMPTY_ACTIVITY_FORM } from "@/lib/validation/activity";
import { activitiesHref, parseActivityFilters } from "@/lib/validation/activity-filters";
import { reportInput } from "@/tests/report-input";
import { validateIati } from "@/tests/iati";
import { hostileInput, hostileString, prototypeIntact, Tally } from "./hostile";

// Every input schema, fed hostile input: it may refuse, never throw; what it accepts it
// accepts again (so what is stored from it passes it); and nothing reaches Object.prototype.
// Then the exports and a list component fed hostile stored text: inert, escaped, neutralised.

const RUNS = 300;
const tally = new Tally();
afterAll(() => tally.print("Fuzzed schemas and renderers"));

const UUID = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

/** A valid value of each schema, for near misses; a schema without one gets hostile input only. */
const EXAMPLES: Record<string, unknown> = {
  activityFormSchema: {
    ...EMPTY_ACTIVITY_FORM,
    title: "Regional workshop",
    leadOrganisationId: UUID,
    startDate: "2026-03-10",
    clauseIds: [UUID],
    primaryClauseId: UUID,
  },
  involvementSchema: { organisationId: UUID, role: "supporting" },
  transitionSchema: { comment: "Looks right." },
  rescheduleSchema: {
    comment: "The venue moved.",
    startDate: "2026-04",
    startPrecision: "month",
    endDate: "",
    endPrecision: "day",
    city: "Hanoi",
    countryCode: "VN",
  },
  reportFormSchema: reportInput(UUID),
  noteSettingsSchema: {
    title: "Note",
    noteDate: "2019-12-31",
    periodFrom: "2019-01-01",
    periodTo: "2019-12-31",
    organisationCodes: ["UNICEF"],
    themes: [],
    includeUndated: false,
  },
  notePartSchema: { key: `activity:${UUID}`, text: "In 2019..." },
  totpCodeSchema: { code: "123456" },
  disableMfaSchema: { password: "asean-un-demo" },
  reauthenticationSchema: { password: "asean-un-demo" },
  setPasswordSchema: { password: "correct horse battery", confirmation: "correct horse battery" },
  changePasswordSchema: { current: "x", password: "correct horse battery", confirmation: "correct horse battery" },
  signInSchema: { email: "someone@example.org", password: "x", code: "123456" },
  userRoleSchema: { role: "focal_point", organisationId: UUID },
  inviteUserSchema: { name: "A Person", email: "a@example.org", role: "viewer", organisationId: "" },
  mfaRolesSchema: { roles: ["admin"] },
  emailPreferenceSchema: { preference: "digest" },
  iatiIdentifierSchema: { iatiIdentifier: "XM-DAC-41114" },
  seriesSchema: { code: "AICHR-UN-MEETING", name: "AICHR-UN Meeting", context: "Held since 2018." },
  seriesEditSchema: { name: "AICHR-UN Meeting", context: "" },
  newPlanFrameworkSchema: { code: "AICHR-WP", name: "AICHR Five-Year Work Plan", owner: "the AICHR" },
  planFrameworkEditSchema: { name: "AICHR Five-Year Work Plan", owner: "" },
  clauseContinuationSchema: { previousClauseIds: [UUID] },
};

/** Accepted dates the database's date type would refuse (a 500 on insert). */
function impossibleDates(value: unknown, key = ""): string[] {
  if (typeof value === "string") {
    if (!/date|period/i.test(key) || !/^\d{4}(-\d{2}){0,2}$/.test(value)) return [];
    const iso = `${value}-01-01`.slice(0, 10);
    const day = new Date(`${iso}T00:00:00Z`);
    return iso >= "0001" && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? [] : [value];
  }
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => impossibleDates(v, k));
}

async function discoverSchemas(): Promise<Array<[string, ZodType]>> {
  const dir = path.join(process.cwd(), "lib/validation");
  const found: Array<[string, ZodType]> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const exports = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (value instanceof ZodType) found.push([name, value]);
  }
  // Schemas the data layer keeps beside its one function.
  found.push(["emailPreferenceSchema", emailPreferenceSchema], ["iatiIdentifierSchema", iatiIdentifierSchema]);
  return found;
}

describe("every input schema, fed hostile input", async () => {
  const schemas = await discoverSchemas();
  it.each(schemas)("%s refuses or accepts, never throws, and accepts what it accepted", (name, schema) => {
    if (!(name in EXAMPLES)) console.log(`${name}: no example, hostile input only`);
    fc.assert(
      fc.property(hostileInput(EXAMPLES[name]), (input) => {
        tally.add(`schema ${name}`);
        const parsed = schema.safeParse(input);
        if (parsed.success) {
          expect(schema.safeParse(parsed.data).success).toBe(true);
          expect(impossibleDates(parsed.data)).toEqual([]);
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("the list's URL filters: anything in the query string gives a page, never an error", () => {
    const params = fc.dictionary(
      fc.constantFrom("status", "year", "theme", "type", "org", "clause", "country", "q", "sort", "page", "__proto__"),
      fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
    );
    fc.assert(
      fc.property(params, (input) => {
        tally.add("parseActivityFilters");
        const { filters } = parseActivityFilters(input);
        // What it kept survives its own link (a URL cannot carry a lone surrogate: left aside).
        if (filters.q?.isWellFormed() !== false) {
          const again = parseActivityFilters(
            Object.fromEntries(new URL(activitiesHref(filters), "http://x").searchParams),
          );
          expect({ ...again.filters, page: filters.page }).toEqual(filters);
        }
        expect(prototypeIntact()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

const TABLE_TAGS = new Set([
  "div",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "a",
  "p",
  "mark",
  "time",
  "span",
  "abbr",
]);
const NOTE_TAGS = new Set([
  "article",
  "header",
  "h1",
  "h2",
  "h3",
  "h4",
  "section",
  "div",
  "ul",
  "li",
  "a",
  "p",
  "span",
  "button",
  "sup",
]);
const day = { date: "2026-03-10", precision: "day" as const };

describe("hostile stored text, rendered", () => {
  it("the CSV export neutralises every cell a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 5, maxLength: 5 }), ([title, summary, city, lead, ref]) => {
        tally.add("CSV cells");
        const cells = csvCells({
          reference: ref!,
          title: title!,
          summary: summary!,
          type: "workshop",
          status: "draft",
          start: day,
          end: null,
          city: city!,
          countryCode: "TH",
          mode: "hybrid",
          meetingLink: city!,
          expectedParticipants: null,
          lead: lead!,
          involved: `${lead!} (supporting)`,
          themes: "",
          clauses: "",
          series: lead!,
          seriesNumber: null,
        });
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: RUNS },
    );
  });

  it("the calendar feed keeps each title inside its own event", () => {
    fc.assert(
      fc.property(hostileString, hostileString, (title, summary) => {
        tally.add("ICS feed");
        const ics = renderCalendar(
          [
            {
              id: UUID,
              title,
              summary,
              status: "scheduled",
              start: day,
              end: null,
              place: summary,
              mode: "hybrid",
              meetingLink: title,
              lead: "UNICEF",
              version: 1,
              updatedAt: new Date(),
            },
          ],
          { name: title, baseUrl: "https://tracker.example" },
        );
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
        expect(events).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });

  it("the IATI export stays well-formed XML with markup in every text", () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (title, summary, name) => {
        tally.add("IATI XML");
        const xml = renderIati(
          [
            {
              id: UUID,
              title,
              summary,
              language: "en",
              status: "4",
              dates: [{ type: "2", isoDate: day.date, asRecorded: null }],
              scope: "2",
              recipient: { region: "789" },
              location: name,
              updatedAt: new Date(),
              organisations: [{ name, ref: null, type: "40", role: "2" }],
              clauses: [{ number: "1.2.4", text: summary, edition: "2016-2020" }],
              documents: [{ id: UUID, fileName: name, mediaType: "application/pdf" }],
            },
          ],
          { ref: "XM-ASEAN", name: "ASEAN Secretariat", baseUrl: "https://tracker.example" },
        );
        expect(xml).not.toMatch(/<script/i);
        expect(validateIati(xml).report).not.toMatch(/parser error/);
      }),
      { numRuns: 60 }, // xmllint runs as a process each time
    );
  });

  it("the activity list renders hostile titles, places and highlights as text", () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (title, city, snippet) => {
        tally.add("ActivityTable markup");
        const org = { code: "UNICEF", label: title, name: city, kind: "un_entity" as const };
        const html = renderToStaticMarkup(
          createElement(ActivityTable, {
            items: [
              {
                id: UUID,
                title,
                status: "draft",
                reviewState: "pending",
                start: day,
                end: null,
                mode: "hybrid",
                city,
                countryCode: "TH",
                lead: org,
                unEntities: [org],
                clauses: [title],
                highlight: { title, snippet: `\u0001${snippet}\u0002 ${snippet}` },
              },
            ],
          }),
        );
        expectInert(html, TABLE_TAGS);
      }),
      { numRuns: RUNS },
    );
  });

  it("the Background Note page renders hostile headings, themes and texts as text", () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (heading, theme, text) => {
        tally.add("Background Note markup");
        // Keys and ids come from the database and the code; hostile ones still must not leave their attributes.
        const changes = { added: [heading], changed: [text], removed: [theme] };
        const part = (key: string, edited: boolean) => ({
          key,
          text: `${text}[^${heading}]\n\n${theme}`,
          generated: heading,
          edited,
          changes: edited ? changes : null,
          basis: {},
        });
        const entry = { activityId: theme, title: heading, part: part(text, true) };
        const note = {
          title: heading,
          date: text,
          period: theme,
          introduction: part(heading, true),
          meetings: [{ key: theme, heading: part(theme, false), context: part(text, true), meetings: [entry] }],
          themes: [
            {
              theme: "environment" as const,
              heading: part(heading, true),
              opening: part(theme, false),
              items: [entry, entry],
            },
          ],
          listHeading: heading,
          years: [{ year: theme, items: [entry] }],
          annex: [
            {
              code: theme,
              heading,
              opening: part(text, true),
              lines: [
                { number: heading, text, depth: 0, clause: false },
                { number: text, text: heading, depth: 2, clause: true },
              ],
            },
          ],
        };
        for (const editable of [true, false])
          expectInert(renderToStaticMarkup(createElement(NoteDocument, { note, editable })), NOTE_TAGS);
        expectInert(leftOutMarkup([{ id: text, title: heading }], { editable: true }).html, NOTE_TAGS);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Only the component's own elements, and no handler attribute on any of them. */
function expectInert(html: string, allowed: Set<string>) {
  const tags = new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
  expect([...tags].filter((t) => !allowed.has(t!))).toEqual([]);
  expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
}
