import { describe, expect, it } from "vitest";
import { formatActivityDates, type DateRangeAsGiven } from "./dates";

const day = (date: string) => ({ date, precision: "day" as const });
const month = (date: string) => ({ date: `${date}-01`, precision: "month" as const });
const range = (start: string, end?: string): DateRangeAsGiven => ({ start: day(start), end: end ? day(end) : null });

describe("formatActivityDates", () => {
  it("tells the month and year once when parts share them", () => {
    expect(formatActivityDates(null, null, [range("2021-07-12", "2021-07-14"), range("2021-07-26")])).toBe(
      "12\u201314 and 26 July 2021",
    );
  });

  it("tells each part in full across a year", () => {
    expect(formatActivityDates(null, null, [range("2021-11-30", "2021-12-02"), range("2022-01-15")])).toBe(
      "30 November \u2013 2 December 2021 and 15 January 2022",
    );
  });

  it("shares the year between months, and lists three parts with commas", () => {
    expect(formatActivityDates(null, null, [range("2021-03-05"), range("2021-05-12"), range("2021-06-03")])).toBe(
      "5 March, 12 May and 3 June 2021",
    );
    expect(formatActivityDates(null, null, [range("2021-07-12"), range("2021-07-14"), range("2021-08-03")])).toBe(
      "12, 14 July and 3 August 2021",
    );
  });

  it("keeps each part's precision", () => {
    expect(
      formatActivityDates(null, null, [
        { start: month("2021-06"), end: null },
        { start: day("2021-09-09"), end: null },
      ]),
    ).toBe("June and 9 September 2021");
    expect(
      formatActivityDates(null, null, [
        { start: { date: "2020-01-01", precision: "year" }, end: null },
        { start: { date: "2021-01-01", precision: "year" }, end: null },
      ]),
    ).toBe("2020 and 2021");
  });

  it("is the one range when there are no parts", () => {
    expect(formatActivityDates(day("2017-11-13"), day("2017-11-16"))).toBe("13\u201316 November 2017");
    expect(formatActivityDates(null, null)).toBe("Date not recorded");
  });
});
