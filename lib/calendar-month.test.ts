import { describe, expect, it } from "vitest";
import { continuousYears, coversDay, monthBounds, monthOf, monthWeeks, parseMonth, shiftMonth } from "./calendar-month";

describe("the calendar's month", () => {
  it("reads ?month=; none asked for is no month, nonsense is no month with a notice", () => {
    expect(parseMonth("2018-06")).toEqual({ month: { year: 2018, month: 6 }, valid: true });
    expect(parseMonth(undefined)).toEqual({ month: null, valid: true });
    expect(parseMonth("2018-13")).toEqual({ month: null, valid: false });
    expect(parseMonth("1900-01")).toEqual({ month: null, valid: false });
    expect(monthOf("2026-12-02")).toEqual({ year: 2026, month: 12 });
  });

  it("offers every year between the earliest and the latest, without gaps", () => {
    expect(continuousYears(2019, 2011, 2016, 2027)).toEqual(Array.from({ length: 17 }, (_, i) => 2011 + i));
    expect(continuousYears(2026)).toEqual([2026]);
  });

  it("lays June 2018 out in weeks from Monday", () => {
    const weeks = monthWeeks({ year: 2018, month: 6 });
    expect(weeks[0]).toEqual([null, null, null, null, "2018-06-01", "2018-06-02", "2018-06-03"]);
    expect(weeks.at(-1)).toEqual([
      "2018-06-25",
      "2018-06-26",
      "2018-06-27",
      "2018-06-28",
      "2018-06-29",
      "2018-06-30",
      null,
    ]);
  });

  it("moves across years and knows a month's bounds", () => {
    expect(shiftMonth({ year: 2018, month: 12 }, 1)).toEqual({ year: 2019, month: 1 });
    expect(shiftMonth({ year: 2018, month: 1 }, -1)).toEqual({ year: 2017, month: 12 });
    expect(monthBounds({ year: 2020, month: 2 })).toEqual({ from: "2020-02-01", to: "2020-02-29" });
  });

  it("places a multi-day activity on each of its days", () => {
    const start = { date: "2018-06-04", precision: "day" as const };
    const end = { date: "2018-06-06", precision: "day" as const };
    expect(["2018-06-03", "2018-06-04", "2018-06-06", "2018-06-07"].map((d) => coversDay(start, end, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
