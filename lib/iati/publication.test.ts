import { describe, expect, it } from "vitest";
import { validateIati } from "@/tests/iati";
import { renderIati } from "@/lib/exports/iati";
import { decidePublication, type IatiCandidate } from "./publication";

const NOW = new Date("2026-12-02T10:00:00Z");

const candidate = (changes: Partial<IatiCandidate> = {}): IatiCandidate => ({
  id: "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01",
  title: "AICHR Training on Business and Human Rights",
  summary: "A training.",
  status: "completed",
  publishToIati: true,
  start: { date: "2017-11-13", precision: "day" },
  end: { date: "2017-11-16", precision: "day" },
  scope: "regional",
  language: "en",
  city: "Bangkok",
  countryCode: "TH",
  updatedAt: new Date("2026-11-20T10:00:00Z"),
  organisations: [
    { id: "aichr", name: "AICHR", iatiRef: null, iatiType: "40", kind: "asean_body", countryCode: null, role: "lead" },
    {
      id: "undp",
      name: "UNDP",
      iatiRef: "XM-DAC-41114",
      iatiType: "40",
      kind: "un_entity",
      countryCode: null,
      role: "co_organiser",
    },
    {
      id: "aipr",
      name: "AIPR",
      iatiRef: null,
      iatiType: "21",
      kind: "civil_society",
      countryCode: null,
      role: "supporting",
    },
    {
      id: "unicef",
      name: "UNICEF",
      iatiRef: "XM-DAC-41122",
      iatiType: "40",
      kind: "un_entity",
      countryCode: null,
      role: "participant",
    },
  ],
  reports: [{ organisationId: "undp", state: "approved" }],
  clauses: [{ number: "1.2.4", text: "Support the work of AICHR", edition: "2016-2020" }],
  documents: [],
  ...changes,
});

const published = (changes: Partial<IatiCandidate> = {}) => {
  const decision = decidePublication(candidate(changes), NOW);
  if (!("activity" in decision)) throw new Error(`left out: ${decision.leftOut}`);
  return decision.activity;
};
const leftOut = (changes: Partial<IatiCandidate>) => decidePublication(candidate(changes), NOW);

describe("what the IATI export publishes of an activity", () => {
  it("leaves out drafts, entries not marked for publication and undated entries, saying why", () => {
    expect(leftOut({ status: "draft" })).toEqual({ leftOut: "draft" });
    expect(leftOut({ publishToIati: false })).toEqual({ leftOut: "not_marked" });
    expect(leftOut({ start: null, end: null })).toEqual({ leftOut: "undated" });
    expect(leftOut({ status: "completed", start: { date: "2027-01-10", precision: "day" }, end: null })).toEqual({
      leftOut: "future_completion",
    });
    expect(leftOut({ scope: "national", countryCode: null })).toEqual({ leftOut: "no_country" });
  });

  it("takes the status from the state and the dates", () => {
    const future = { start: { date: "2027-03-01", precision: "day" as const }, end: null };
    expect(published({ status: "scheduled", ...future }).status).toBe("1");
    // Scheduled, and its day has come: under way, not in the pipeline.
    expect(published({ status: "scheduled", start: { date: "2019-11-19", precision: "day" }, end: null }).status).toBe(
      "2",
    );
    expect(published({ status: "cancelled" }).status).toBe("5");
    expect(published().status).toBe("4");
    expect(published({ reports: [{ organisationId: "undp", state: "submitted" }] }).status).toBe("3");
    // UNDP co-organised and has not reported: a report is owed.
    expect(published({ reports: [] }).status).toBe("3");
    // Only participants among the UN: nothing owed, so closed.
    expect(
      published({ reports: [], organisations: candidate().organisations.filter((o) => o.id !== "undp") }).status,
    ).toBe("4");
  });

  it("gives planned dates while scheduled or cancelled, actual ones once completed, at the recorded precision", () => {
    expect(
      published({ status: "scheduled", start: { date: "2027-03-01", precision: "day" }, end: null }).dates,
    ).toEqual([
      { type: "1", isoDate: "2027-03-01", asRecorded: null },
      { type: "3", isoDate: "2027-03-01", asRecorded: null },
    ]);
    expect(published({ status: "cancelled" }).dates.map((d) => d.type)).toEqual(["1", "3"]);
    expect(published({ start: { date: "2018-06-01", precision: "month" }, end: null }).dates).toEqual([
      { type: "2", isoDate: "2018-06-01", asRecorded: "June 2018" },
      { type: "4", isoDate: "2018-06-30", asRecorded: "June 2018" },
    ]);
    // Completed this year, recorded as the year: the year is not over, so no actual end yet.
    expect(published({ start: { date: "2026-01-01", precision: "year" }, end: null }).dates).toEqual([
      { type: "2", isoDate: "2026-01-01", asRecorded: "2026" },
    ]);
  });

  it("names the recipient from the scope and the venue as the location", () => {
    expect(published()).toMatchObject({ scope: "2", recipient: { region: "789" }, location: "Bangkok, Thailand" });
    expect(published({ scope: "national" })).toMatchObject({ scope: "4", recipient: { country: "TH" } });
    expect(published({ scope: "global", city: "Auschwitz", countryCode: "PL" })).toMatchObject({
      scope: "1",
      recipient: { region: "998" },
      location: "Auschwitz, Poland",
    });
    expect(published({ scope: "interregional" })).toMatchObject({ scope: "3", recipient: { region: "998" } });
    // National work of a member state's representative, with no venue recorded: its country.
    const id = candidate().organisations.map((o) => (o.role === "lead" ? { ...o, countryCode: "ID" } : o));
    expect(published({ scope: "national", countryCode: null, city: null, organisations: id })).toMatchObject({
      recipient: { country: "ID" },
      location: null,
    });
  });

  it("lists organisers and supporters in their roles, never mere participants", () => {
    expect(published().organisations).toEqual([
      { name: "AICHR", ref: null, type: "40", role: "2" },
      { name: "UNDP", ref: "XM-DAC-41114", type: "40", role: "4" },
      { name: "AIPR", ref: null, type: "21", role: "4" },
    ]);
  });

  it("publishes no location for an online activity; a hybrid one keeps its venue; the file stays valid", () => {
    const online = published({ id: "online-1", mode: "online", city: null, countryCode: null });
    // Even with a venue left on the row, an online activity names none.
    const stale = published({ id: "online-2", mode: "online" });
    const hybrid = published({ id: "hybrid-1", mode: "hybrid", city: "Jakarta", countryCode: "ID" });
    expect([online.location, stale.location, hybrid.location]).toEqual([null, null, "Jakarta, Indonesia"]);
    expect(published({ mode: "in_person" }).location).toBe("Bangkok, Thailand");
    // A national online activity is still its lead's member state's.
    const national = published({
      mode: "online",
      city: null,
      countryCode: null,
      scope: "national",
      organisations: [{ ...candidate().organisations[0]!, countryCode: "ID" }, ...candidate().organisations.slice(1)],
    });
    expect(national.recipient).toEqual({ country: "ID" });
    const xml = renderIati([online, hybrid], { ref: "XX-TEST", name: "ASEAN Secretariat", baseUrl: "https://t" }, NOW);
    expect(validateIati(xml).valid).toBe(true);
    const [first, second] = xml.split("<iati-activity ").slice(1);
    expect(first).not.toContain("<location");
    expect(second).toContain("<location>");
    expect(second).toContain("Jakarta, Indonesia");
  });
});
