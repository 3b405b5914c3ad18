import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, organisations, reports, users } from "@/db/schema";
import { SEED_ACTIVITIES, type SeedActivity } from "@/db/seed/activities";
import { MATCH_END, MATCH_START } from "@/lib/highlight-marks";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { actingUser } from "@/tests/users";
import { getFilterOptions, listActivities } from "@/lib/dal/activities/list";

const viewer = actingUser("viewer");
const titles = (pick: (a: SeedActivity) => boolean) =>
  SEED_ACTIVITIES.filter(pick)
    .map((a) => a.title)
    .sort();
const involves = (a: SeedActivity, code: string) => a.lead === code || a.involved.some(([c]) => c === code);

describe.each(ENGINES)("filters and search on %s", (engine) => {
  const seeded = seededDatabase(engine);

  const list = async (params: Record<string, string>) =>
    listActivities(viewer, parseActivityFilters(params).filters).then((page) => page.items);
  const listedTitles = async (params: Record<string, string>) => (await list(params)).map((a) => a.title).sort();

  it("filters by organisation, lead or involved, and year together", async () => {
    expect(await listedTitles({ org: "UNICEF", year: "2018" })).toEqual(
      titles((a) => involves(a, "UNICEF") && a.start?.startsWith("2018") === true),
    );
  });

  it("lists the scheduled activities whose date has passed, as the note left them", async () => {
    // Both were scheduled when the note was written (2019): the calendar has moved on.
    expect(await listedTitles({ calendar: "date_passed" })).toEqual([
      "2nd AICHR-UN Meeting",
      "AICHR Thematic Study on Juvenile Justice",
    ]);
    expect(await listedTitles({ calendar: "date_passed", year: "2019", status: "completed" })).toEqual([]);
  });

  it("combines status, theme, type and country", async () => {
    expect(
      await listedTitles({ status: "completed", theme: "business_human_rights", country: "TH", type: "dialogue" }),
    ).toEqual([
      "2019 AICHR Interregional Dialogue on Business and Human Rights: Sharing Good Practices on Business and Human Rights",
    ]);
    expect(await listedTitles({ status: "scheduled" })).toEqual(titles((a) => a.status === "scheduled"));
    expect(await listedTitles({ clause: "1.2.10" })).toEqual(titles((a) => a.clauses.includes("1.2.10")));
  });

  it("finds the Medan dialogue by a word of its title, ranked first, with the match marked", async () => {
    const [first] = await list({ q: "expression" });
    expect(first!.title).toBe("AICHR High-Level Dialogue on Managing Freedom of Expression in the Information Age");
    expect(first!.highlight!.title).toContain(`${MATCH_START}Expression${MATCH_END}`);
  });

  it("marks matches in a snippet of the summary", async () => {
    const items = await list({ q: "disinformation" });
    expect(items.map((a) => a.title)).toEqual([
      "AICHR High-Level Dialogue on Managing Freedom of Expression in the Information Age",
    ]);
    expect(items[0]!.highlight!.snippet).toContain(`${MATCH_START}disinformation${MATCH_END}`);
  });

  it("finds organisations by acronym whatever the case", async () => {
    const expected = titles((a) => involves(a, "UNICEF"));
    expect(await listedTitles({ q: "unicef" })).toEqual(expected);
    expect(await listedTitles({ q: "Unicef" })).toEqual(expected);
    expect(await listedTitles({ q: "UNICEF" })).toEqual(expected);
  });

  it("searches report outcomes once a report is written", async () => {
    const [activity] = await seeded.current.db
      .select()
      .from(activities)
      .where(eq(activities.externalRef, "note2019-crc-dialogue-2018"));
    const [unicef] = await seeded.current.db.select().from(organisations).where(eq(organisations.code, "UNICEF"));
    const [author] = await seeded.current.db.select().from(users).where(eq(users.email, "unicef@demo.test"));
    expect(await list({ q: "kaleidoscope" })).toEqual([]);
    await seeded.current.db.insert(reports).values({
      activityId: activity!.id,
      organisationId: unicef!.id,
      authorId: author!.id,
      actualStartDate: "2018-01-01",
      actualStartPrecision: "year",
      participantsTotal: 10,
      participantsBySex: { women: 5, men: 5, other: 0 },
      participantsByGroup: {},
      outcomes: "A kaleidoscope of national reporting practices was mapped.",
    });
    expect((await list({ q: "kaleidoscope" })).map((a) => a.title)).toEqual([activity!.title]);
  });

  it("finds an organisation's activities by its new name once it is renamed", async () => {
    const expected = titles((a) => involves(a, "UNESCO"));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listedTitles({ q: "Quetzaleducation" })).toEqual([]);
    await seeded.current.db
      .update(organisations)
      .set({ name: "Quetzaleducation Organisation" })
      .where(eq(organisations.code, "UNESCO"));
    expect(await listedTitles({ q: "Quetzaleducation" })).toEqual(expected);
  });

  it("sorts by title when asked", async () => {
    const items = await list({ sort: "title" });
    const sorted = [...items.map((a) => a.title)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(items.map((a) => a.title)).toEqual(sorted);
  });

  it("returns nothing, not an error, for a search of punctuation or an unknown organisation", async () => {
    expect(await list({ q: "!!! & | ()" })).toEqual([]);
    expect(await list({ org: "NOPE" })).toEqual([]);
  });

  it("offers only the years, countries and organisations that occur", async () => {
    const options = await getFilterOptions(viewer);
    expect(options.years).toEqual([2019, 2018, 2017, 2016, 2011]);
    expect(options.countries).toEqual(["ID", "MM", "PL", "TH", "US", "VN"]);
    expect(options.organisations.map((o) => o.code)).toContain("UN-ACT");
    expect(options.organisations.map((o) => o.code)).not.toContain("ACMW");
  });
});
