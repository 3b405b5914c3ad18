import { describe, expect, it } from "vitest";
import { codes, validateIati } from "@/tests/iati";
import { renderIati, type IatiActivity } from "./iati";

const activity: IatiActivity = {
  id: "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01",
  title: "AICHR Training on Business & Human Rights <2017>",
  summary: null,
  status: "completed",
  reportApproved: true,
  start: { date: "2017-11-13", precision: "day" },
  end: { date: "2017-11-16", precision: "day" },
  countryCode: "TH",
  updatedAt: new Date("2026-11-20T10:00:00Z"),
  organisations: [
    { name: "ASEAN Intergovernmental Commission on Human Rights", iatiRef: null, kind: "asean_body", role: "lead" },
    { name: "United Nations Development Programme", iatiRef: "XM-DAC-41114", kind: "un_entity", role: "co_organiser" },
  ],
  clauses: [
    { number: "1.2.4", text: "Support the work of AICHR" },
    { number: "1.2.1", text: "Support dialogue" },
    { number: "1.2.9", text: "Promote joint activities" },
  ],
  documents: [{ id: "d1", fileName: "Outcome report.pdf", mediaType: "application/pdf" }],
};

describe("the IATI 2.03 export", () => {
  it("is checked by a validator that does fail on an invalid file", () => {
    expect(validateIati('<iati-activities version="2.03"/>').valid).toBe(false);
  });

  it("is valid against the official schema, with escaped text", () => {
    const xml = renderIati(
      [activity, { ...activity, id: "b", status: "scheduled", countryCode: null, start: null, end: null, clauses: [] }],
      {
        ref: "XM-TEST",
        name: "ASEAN Secretariat",
        baseUrl: "https://tracker.example",
      },
    );
    const { valid, report } = validateIati(xml);
    expect(report).not.toMatch(/fails to validate|error/i);
    expect(valid).toBe(true);
    expect(xml).toContain("AICHR Training on Business &amp; Human Rights &lt;2017&gt;");
  });

  it("maps status, roles, dates and sectors to codes of the code lists", () => {
    const xml = renderIati([activity], {
      ref: "XM-TEST",
      name: "ASEAN Secretariat",
      baseUrl: "https://tracker.example",
    });
    expect(xml).toContain('<activity-status code="4"/>');
    expect(xml).toContain('<participating-org role="2" type="40">');
    expect(xml).toContain('<participating-org role="4" type="40" ref="XM-DAC-41114">');
    expect(xml).toContain('<activity-date type="2" iso-date="2017-11-13"/>');
    expect(xml).toContain('<activity-date type="4" iso-date="2017-11-16"/>');
    expect(xml).toContain('<sector vocabulary="1" code="15160" percentage="100"/>');
    expect(xml).toContain(
      '<document-link url="https://tracker.example/public/attachments/d1" format="application/pdf">',
    );
    expect(xml).toMatch(/<title>\s*<narrative>Outcome report\.pdf<\/narrative>\s*<\/title>\s*<category code="A08"\/>/);
    expect([...xml.matchAll(/vocabulary="99" code="[^"]+" percentage="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([
      34, 33, 33,
    ]);
    const used = (attribute: string, element: string) =>
      [...xml.matchAll(new RegExp(`<${element}[^>]* ${attribute}="([^"]+)"`, "g"))].map((m) => m[1]!);
    for (const code of used("code", "activity-status")) expect(codes("ActivityStatus")).toContain(code);
    for (const code of used("role", "participating-org")) expect(codes("OrganisationRole")).toContain(code);
    for (const code of used("type", "participating-org")) expect(codes("OrganisationType")).toContain(code);
    for (const code of used("type", "activity-date")) expect(codes("ActivityDateType")).toContain(code);
    for (const code of used("code", "recipient-country")) expect(codes("Country")).toContain(code);
    for (const code of used("code", "activity-scope")) expect(codes("ActivityScope")).toContain(code);
    for (const code of used("code", "category")) expect(codes("DocumentCategory")).toContain(code);
    expect(codes("Sector")).toContain("15160");
    expect(codes("SectorVocabulary")).toContain("99");
  });
});
