import { describe, expect, it } from "vitest";
import { formatDateAsGiven, formatTimestamp, parseDateAsGiven, typedDate } from "./dates";

describe("parseDateAsGiven", () => {
  it("reads a day, a month and a year with their precision", () => {
    expect(parseDateAsGiven("2018-05-15")).toEqual({ date: "2018-05-15", precision: "day" });
    expect(parseDateAsGiven("2018-06")).toEqual({ date: "2018-06-01", precision: "month" });
    expect(parseDateAsGiven("2017")).toEqual({ date: "2017-01-01", precision: "year" });
  });

  it("refuses what is not a real date", () => {
    expect(parseDateAsGiven("2018-02-30")).toBeNull();
    expect(parseDateAsGiven("2018-13")).toBeNull();
    expect(parseDateAsGiven("June 2018")).toBeNull();
    expect(parseDateAsGiven("")).toBeNull();
  });
});

describe("formatDateAsGiven", () => {
  const day = (date: string) => ({ date, precision: "day" as const });

  it("shows each precision as given, never faking a day", () => {
    expect(formatDateAsGiven(day("2018-05-15"))).toBe("15 May 2018");
    expect(formatDateAsGiven({ date: "2018-06-01", precision: "month" })).toBe("June 2018");
    expect(formatDateAsGiven({ date: "2017-01-01", precision: "year" })).toBe("2017");
    expect(formatDateAsGiven(null)).toBe("Date not recorded");
  });

  it("writes periods as people do", () => {
    expect(formatDateAsGiven(day("2017-11-13"), day("2017-11-16"))).toBe("13\u201316 November 2017");
    expect(formatDateAsGiven(day("2018-05-30"), day("2018-06-02"))).toBe("30 May \u2013 2 June 2018");
    expect(formatDateAsGiven(day("2018-12-30"), day("2019-01-02"))).toBe("30 December 2018 \u2013 2 January 2019");
    expect(
      formatDateAsGiven({ date: "2017-01-01", precision: "year" }, { date: "2018-01-01", precision: "year" }),
    ).toBe("2017\u20132018");
    expect(formatDateAsGiven(day("2019-06-10"), day("2019-06-10"))).toBe("10 June 2019");
  });
});

describe("typedDate", () => {
  it("gives a date back as its field holds it at its precision", () => {
    expect(typedDate({ date: "2018-06-04", precision: "day" })).toBe("2018-06-04");
    expect(typedDate({ date: "2018-06-01", precision: "month" })).toBe("2018-06");
    expect(typedDate({ date: "2018-01-01", precision: "year" })).toBe("2018");
    expect(typedDate(null)).toBe("");
  });
});

describe("formatTimestamp", () => {
  it("shows a UTC time people read", () => {
    expect(formatTimestamp(new Date("2026-11-28T14:05:09Z"))).toBe("28 Nov 2026, 14:05 UTC");
    // In the reader's zone, the same format: day, short month, year, 24-hour time, zone.
    expect(formatTimestamp(new Date("2026-12-02T00:51:00Z"), "Asia/Jakarta")).toBe("2 Dec 2026, 07:51 GMT+7");
    expect(formatTimestamp(new Date("2026-09-02T00:05:00Z"), "Asia/Bangkok")).toBe("2 Sep 2026, 07:05 GMT+7");
  });
});
