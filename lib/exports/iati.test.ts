import { describe, expect, it } from "vitest";
import { validateIati } from "@/tests/iati";
import { checkIatiRules } from "@/lib/iati/rules";
import { renderIati, type IatiActivity } from "./iati";

const activity: IatiActivity = {
  id: "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01",
  title: "AICHR Training on Business & Human Rights <2017>",
  summary: null,
  language: "en",
  status: "4",
  dates: [
    { type: "2", isoDate: "2017-11-13", asRecorded: null },
    { type: "4", isoDate: "2017-11-16", asRecorded: null },
  ],
  scope: "2",
  recipient: { region: "789" },
  location: "Bangkok, Thailand",
  updatedAt: new Date("2026-11-20T10:00:00Z"),
  organisations: [
    { name: "ASEAN Intergovernmental Commission on Human Rights", ref: null, type: "40", role: "2" },
    { name: "United Nations Development Programme", ref: "XM-DAC-41114", type: "40", role: "4" },
  ],
  clauses: [
    { number: "1.2.4", text: "Support the work of AICHR", edition: "2016-2020" },
    { number: "1.2.1", text: "Support dialogue", edition: "2016-2020" },
    { number: "1.2.9", text: "Promote joint activities", edition: "2016-2020" },
  ],
  documents: [{ id: "d1", fileName: "Outcome report.pdf", mediaType: "application/pdf" }],
};
const REPORTING = { ref: "XX-TEST", name: "ASEAN Secretariat", baseUrl: "https://tracker.example" };
const TODAY = "2026-12-02";
const NOW = new Date(`${TODAY}T10:00:00Z`);

describe("the IATI 2.03 export", () => {
  it("is checked by a validator and a rules check that do fail on a bad file", () => {
    expect(validateIati('<iati-activities version="2.03"/>').valid).toBe(false);
    const bad = renderIati(
      [
        {
          ...activity,
          status: "1",
          dates: [{ type: "2", isoDate: "2027-01-01", asRecorded: null }],
          recipient: { country: "XX" },
          language: "zz",
        },
      ],
      REPORTING,
      NOW,
    ).replace('percentage="34"', 'percentage="30"');
    expect(checkIatiRules(bad, { today: TODAY, unpublishable: new Set([activity.id]) })).toEqual([
      `XX-TEST-${activity.id}: an activity that must not be published is`,
      `XX-TEST-${activity.id}: xml:lang zz is not in the Language code list`,
      `XX-TEST-${activity.id}: actual date 2027-01-01 is in the future`,
      `XX-TEST-${activity.id}: pipeline with an actual date`,
      `XX-TEST-${activity.id}: recipient-country XX is not in the Country code list`,
      `XX-TEST-${activity.id}: sector percentages of vocabulary 99 do not add up to 100`,
    ]);
  });

  it("is valid against the official schema and keeps the rules, with escaped text", () => {
    const national: IatiActivity = {
      ...activity,
      id: "b",
      status: "1",
      language: "vi",
      title: "Hội thảo khu vực",
      dates: [
        { type: "1", isoDate: "2027-06-01", asRecorded: "June 2027" },
        { type: "3", isoDate: "2027-06-30", asRecorded: "June 2027" },
      ],
      scope: "4",
      recipient: { country: "VN" },
      location: null,
      clauses: [],
      documents: [],
    };
    const xml = renderIati([activity, national], REPORTING, NOW);
    const { valid, report } = validateIati(xml);
    expect(report).not.toMatch(/fails to validate|error/i);
    expect(valid).toBe(true);
    expect(checkIatiRules(xml, { today: TODAY })).toEqual([]);
    expect(xml).toContain("AICHR Training on Business &amp; Human Rights &lt;2017&gt;");
  });

  it("writes each fact where IATI expects it", () => {
    const xml = renderIati([activity], REPORTING, NOW);
    expect(xml).toContain('<activity-status code="4"/>');
    expect(xml).toContain('<participating-org role="2" type="40">');
    expect(xml).toContain('<participating-org ref="XM-DAC-41114" role="4" type="40">');
    expect(xml).toContain('<activity-date type="2" iso-date="2017-11-13"/>');
    expect(xml).toContain('<recipient-region code="789" vocabulary="1" percentage="100"/>');
    expect(xml).toMatch(/<location>\s*<name>\s*<narrative>Bangkok, Thailand<\/narrative>/);
    expect(xml).toContain(
      '<sector vocabulary="99" vocabulary-uri="https://tracker.example/public/plan/2016-2020" code="1.2.4" percentage="34">',
    );
    expect(xml).toMatch(/<title>\s*<narrative>Outcome report\.pdf<\/narrative>\s*<\/title>\s*<category code="A08"\/>/);
  });

  it("points each clause at its own edition's vocabulary and names its plan, valid over several plans", () => {
    const twoPlans: IatiActivity = {
      ...activity,
      id: "c",
      clauses: [
        {
          number: "1.1",
          text: "Rights of persons with disabilities",
          edition: "AICHR-WP-2021-2025",
          framework: "AICHR Work Plan",
        },
        {
          number: "1.1",
          text: "Cooperation on human rights",
          edition: "ASEAN-UN-POA-2021-2025",
          framework: "ASEAN-UN Plan of Action",
        },
      ],
    };
    const xml = renderIati([twoPlans], REPORTING, NOW);
    expect(validateIati(xml).valid).toBe(true);
    expect(checkIatiRules(xml, { today: TODAY })).toEqual([]);
    expect(xml).toContain(
      '<sector vocabulary="99" vocabulary-uri="https://tracker.example/public/plan/AICHR-WP-2021-2025" code="1.1" percentage="50">',
    );
    expect(xml).toContain(
      '<sector vocabulary="99" vocabulary-uri="https://tracker.example/public/plan/ASEAN-UN-POA-2021-2025" code="1.1" percentage="50">',
    );
    expect(xml).toContain("<narrative>AICHR Work Plan 1.1: Rights of persons with disabilities</narrative>");
  });

  it("declares the language titles are written in, and English for what the app writes", () => {
    const xml = renderIati(
      [{ ...activity, language: "vi", dates: [{ type: "2", isoDate: "2018-06-01", asRecorded: "June 2018" }] }],
      REPORTING,
      NOW,
    );
    expect(xml).toContain('xml:lang="vi"');
    expect(xml).toMatch(
      /<activity-date type="2" iso-date="2018-06-01">\s*<narrative xml:lang="en">Recorded as June 2018<\/narrative>/,
    );
    expect(xml).toMatch(/<reporting-org ref="XX-TEST" type="40">\s*<narrative xml:lang="en">ASEAN Secretariat/);
  });
});
