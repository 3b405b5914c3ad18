import { describe, expect, it } from "vitest";
import { csvCells, csvLines, neutralise, type CsvActivity } from "./csv";

const activity: CsvActivity = {
  reference: "note2019-bhr-training-2017",
  title: "AICHR Training on Business and Human Rights",
  summary: 'A "four-day" training, in Bangkok; with UNDP',
  type: "training",
  status: "completed",
  start: { date: "2017-11-13", precision: "day" },
  end: { date: "2017-11-16", precision: "day" },
  city: "Bangkok",
  countryCode: "TH",
  mode: "in_person",
  meetingLink: null,
  expectedParticipants: 60,
  lead: "AICHR",
  involved: "UNDP (co_organiser)",
  themes: "business_human_rights",
  clauses: "1.2.4; 1.2.1",
  series: "",
  seriesNumber: null,
};

describe("the CSV of activities", () => {
  it("writes one RFC 4180 row per activity, quoting what needs it", () => {
    expect(csvLines([csvCells(activity)])).toBe(
      'note2019-bhr-training-2017,AICHR Training on Business and Human Rights,"A ""four-day"" training, in Bangkok; with UNDP",training,completed,2017-11-13,2017-11-16,Bangkok,TH,60,AICHR,UNDP (co_organiser),business_human_rights,1.2.4; 1.2.1,in_person,,,,\r\n',
    );
  });

  it("writes how it is held and the meeting link beside the place", () => {
    const cells = csvCells({
      ...activity,
      city: null,
      countryCode: null,
      mode: "online",
      meetingLink: "https://asean.zoom.us/j/81234567890",
    });
    expect([...cells.slice(7, 9), ...cells.slice(-5, -3)]).toEqual([
      "",
      "",
      "online",
      "https://asean.zoom.us/j/81234567890",
    ]);
  });

  it("writes a meeting's series by its code and its number in it", () => {
    expect(csvCells({ ...activity, series: "AICHR-UN-MEETING", seriesNumber: 2 }).slice(-2)).toEqual([
      "AICHR-UN-MEETING",
      "2",
    ]);
  });

  it("writes dates at their precision", () => {
    const cells = csvCells({ ...activity, start: { date: "2018-06-01", precision: "month" }, end: null });
    expect(cells.slice(5, 7)).toEqual(["2018-06", ""]);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const formula of ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\t=1"]) {
      expect(neutralise(formula)).toBe(`'${formula}`);
    }
    expect(neutralise("UN-ACT")).toBe("UN-ACT");
  });
});
