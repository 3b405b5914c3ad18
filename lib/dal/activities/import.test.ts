import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities, activityClauses, activityOrganisations, activityThemes, auditEvents } from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { seedRecord } from "@/db/seed/seed";
import { CSV_HEADER, csvCells, csvLines } from "@/lib/exports/csv";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { demoUser } from "@/tests/actors";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { exportActivities } from "@/lib/dal/activities/export";
import { applyImport, planImport } from "@/lib/dal/activities/import";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

describe.each(ENGINES)("CSV export and import on %s", (engine) => {
  let database: TestDatabase;
  let secretariat: SessionUser;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    secretariat = await demoUser(database.db, "secretariat@demo.test");
  });
  afterAll(() => database.close());

  const exportAll = async () => {
    const rows: string[][] = [CSV_HEADER.slice()];
    for await (const batch of exportActivities(secretariat, {})) rows.push(...batch.map(csvCells));
    return csvLines(rows);
  };
  const dump = async () => ({
    activities: await database.db.select().from(activities).orderBy(asc(activities.id)),
    organisations: await database.db
      .select()
      .from(activityOrganisations)
      .orderBy(asc(activityOrganisations.activityId), asc(activityOrganisations.organisationId)),
    themes: await database.db
      .select()
      .from(activityThemes)
      .orderBy(asc(activityThemes.activityId), asc(activityThemes.theme)),
    clauses: await database.db
      .select()
      .from(activityClauses)
      .orderBy(asc(activityClauses.activityId), asc(activityClauses.clauseId)),
    audit: await database.db.select({ n: count() }).from(auditEvents),
  });

  it("exports the whole record and re-imports it without changing anything", async () => {
    const csv = await exportAll();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(SEED_ACTIVITIES.length + 1);
    const before = await dump();
    const plan = await applyImport(secretariat, csv);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: SEED_ACTIVITIES.length, error: 0 });
    expect(await dump()).toEqual(before);
  });

  it("writes each activity's lists in a fixed order, and only what the filters match", async () => {
    const rowsOf = async (query: Record<string, string>) => {
      const rows: string[][] = [];
      for await (const batch of exportActivities(secretariat, parseActivityFilters(query).filters)) {
        rows.push(...batch.map(csvCells));
      }
      return rows;
    };
    const all = await rowsOf({});
    const cells = (reference: string) => all.find((r) => r[0] === reference)!.slice(10, 14);
    // The lead apart, involved organisations by code; the primary clause first.
    expect(cells("note2019-bhr-interregional-dialogue-2018")).toEqual([
      "AICHR",
      "ACHPR (participant); ESCAP (supporting); EUCO (participant); IACHR (participant); UNDP (co_organiser)",
      "business_human_rights",
      "1.2.9; 1.2.4",
    ]);
    const escap = await rowsOf({ org: "ESCAP" });
    expect(escap.length).toBeGreaterThan(0);
    expect(escap.length).toBeLessThan(all.length);
    expect(escap.every((r) => r[10] === "ESCAP" || r[11]!.includes("ESCAP ("))).toBe(true);
    // The same rows as in the whole export, in the list's order (newest first).
    expect(escap).toEqual(all.filter((r) => escap.some((e) => e[0] === r[0])));
  });

  it("says what is wrong row by row and writes nothing while previewing", async () => {
    const row = (cells: Partial<Record<(typeof CSV_HEADER)[number], string>>) => CSV_HEADER.map((c) => cells[c] ?? "");
    const csv = csvLines([
      CSV_HEADER.slice(),
      row({
        reference: "imp-1",
        title: "Good dialogue",
        type: "dialogue",
        lead_organisation: "AICHR",
        start_date: "2027-05",
      }),
      row({
        reference: "imp-2",
        title: "Bad date",
        type: "dialogue",
        lead_organisation: "AICHR",
        start_date: "2027-02-30",
      }),
      row({ reference: "imp-3", title: "Unknown org", type: "dialogue", lead_organisation: "NOPE", clauses: "9.9.9" }),
      row({
        reference: "imp-4",
        title: '=HYPERLINK("http://evil.example")',
        type: "dialogue",
        lead_organisation: "AICHR",
      }),
      row({ reference: "imp-1", title: "Twice", type: "dialogue", lead_organisation: "AICHR" }),
    ]);
    const before = await dump();
    const plan = await planImport(secretariat, csv);
    expect(plan.rows.map((r) => [r.line, r.action])).toEqual([
      [2, "create"],
      [3, "error"],
      [4, "error"],
      [5, "error"],
      [6, "error"],
    ]);
    expect(plan.rows[1]!.messages).toEqual(['start_date: "2027-02-30" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).']);
    expect(plan.rows[2]!.messages).toEqual([
      'Unknown organisation "NOPE".',
      'Unknown Plan of Action clause "9.9.9".',
      "leadOrganisationId: Choose the lead organisation.",
    ]);
    expect(plan.rows[3]!.messages[0]).toMatch(/^title starts like a formula/);
    expect(plan.rows[4]!.messages).toEqual(["The reference imp-1 is already on line 2."]);
    expect(await dump()).toEqual(before);
  });

  it("refuses a wrong header and an oversized file with a clear message", async () => {
    expect((await planImport(secretariat, "name,date\r\nx,y")).error).toMatch(/^Missing columns: reference, title/);
    expect((await planImport(secretariat, "x".repeat(6 * 1024 * 1024))).error).toBe(
      "The file is larger than 5 MB: split it into smaller files.",
    );
  });

  it("creates drafts with their reference, then updates them on re-import, leaving empty cells alone", async () => {
    const header = CSV_HEADER.join(",");
    const first = `${header}\r\nimp-9,Regional consultation on migrant workers,,consultation,,2027-08,,Manila,PH,45,ACMW,ILO (supporting),,1.2.10`;
    const created = await applyImport(secretariat, first);
    expect(created.counts).toMatchObject({ create: 1, error: 0 });
    const [row] = await database.db.select().from(activities).where(eq(activities.externalRef, "imp-9"));
    expect(row).toMatchObject({
      status: "draft",
      startDate: "2027-08-01",
      startPrecision: "month",
      city: "Manila",
      expectedParticipants: 45,
    });
    const second = `${header}\r\nimp-9,,,,,,,Quezon City,,,,,,`;
    const updated = await applyImport(secretariat, second);
    expect(updated.counts).toMatchObject({ update: 1, error: 0 });
    const [after] = await database.db.select().from(activities).where(eq(activities.externalRef, "imp-9"));
    expect(after).toMatchObject({
      city: "Quezon City",
      title: "Regional consultation on migrant workers",
      countryCode: "PH",
      version: 2,
    });
  });

  it("round-trips how an activity is held and its meeting link", async () => {
    const row = (cells: Partial<Record<(typeof CSV_HEADER)[number], string>>) => CSV_HEADER.map((c) => cells[c] ?? "");
    const common = { type: "meeting", lead_organisation: "AICHR", start_date: "2020-06-09", end_date: "2020-06-10" };
    const link = "https://asean.zoom.us/j/81234567890?pwd=x";
    const created = await applyImport(
      secretariat,
      csvLines([
        CSV_HEADER.slice(),
        // An online row that still names a city: an online activity keeps no venue.
        row({
          ...common,
          reference: "mode-online",
          title: "31st AICHR Meeting",
          mode: "online",
          meeting_link: link,
          city: "Jakarta",
        }),
        row({
          ...common,
          reference: "mode-hybrid",
          title: "Hybrid dialogue",
          mode: "hybrid",
          meeting_link: "http://meet.example.org/x",
          city: "Jakarta",
          country: "ID",
        }),
        row({ ...common, reference: "mode-bad", title: "Held by post", mode: "by_post" }),
        row({ ...common, reference: "mode-link", title: "Linked in person", mode: "in_person", meeting_link: link }),
      ]),
    );
    expect(created.rows.map((r) => [r.reference, r.action, r.messages])).toEqual([
      ["mode-online", "create", []],
      ["mode-hybrid", "create", []],
      ["mode-bad", "error", ['mode: "by_post" is not in_person, online or hybrid.']],
      [
        "mode-link",
        "error",
        [
          "meetingLink: A meeting link is only for an online or hybrid activity: remove it, or choose Online or Hybrid.",
        ],
      ],
    ]);
    const stored = async (ref: string) =>
      (await database.db.select().from(activities).where(eq(activities.externalRef, ref)))[0]!;
    expect(await stored("mode-online")).toMatchObject({
      mode: "online",
      meetingLink: link,
      city: null,
      countryCode: null,
    });
    expect(await stored("mode-hybrid")).toMatchObject({
      mode: "hybrid",
      meetingLink: "http://meet.example.org/x",
      city: "Jakarta",
      countryCode: "ID",
    });
    // Exported and read back: the same record, nothing to write.
    const csv = await exportAll();
    const exported = csv.split("\r\n").find((line) => line.startsWith("mode-online,"))!;
    // Mode and link, then the empty date parts, series and number.
    expect(exported.endsWith(`,online,${link},,,`)).toBe(true);
    const before = await dump();
    const again = await applyImport(secretariat, csv);
    expect(again.counts).toMatchObject({ create: 0, update: 0, error: 0 });
    expect(await dump()).toEqual(before);
    // Made in person by a later row: the link goes with it.
    await applyImport(
      secretariat,
      csvLines([CSV_HEADER.slice(), row({ reference: "mode-hybrid", mode: "in_person" })]),
    );
    expect(await stored("mode-hybrid")).toMatchObject({ mode: "in_person", meetingLink: null, city: "Jakarta" });
  });

  it("reads a file exported before the mode columns existed", async () => {
    const old = CSV_HEADER.filter((c) => c !== "mode" && c !== "meeting_link");
    const plan = await planImport(
      secretariat,
      csvLines([
        old,
        old.map(
          (c) =>
            ({ reference: "mode-old", title: "Old file", type: "meeting", lead_organisation: "AICHR" })[c as "title"] ??
            "",
        ),
      ]),
    );
    expect(plan.error).toBeUndefined();
    expect(plan.rows[0]).toMatchObject({ action: "create", values: { mode: "in_person", meetingLink: "" } });
  });

  it("refuses the import to roles that may not log activities in bulk", async () => {
    const unicef = await demoUser(database.db, "unicef@demo.test");
    await expect(planImport(unicef, CSV_HEADER.join(","))).rejects.toMatchObject({ code: "forbidden" });
  });
});
