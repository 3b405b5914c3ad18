import { describe, expect, it } from "vitest";
import { coversDay, monthBounds, monthWeeks, parseMonth, shiftMonth } from "./calendar-month";

describe("the calendar's month", () => {
  it("reads ?month=, falling back to this month with a notice for nonsense", () => {
    expect(parseMonth("2018-06", "2026-11-28")).toEqual({ month: { year: 2018, month: 6 }, valid: true });
    expect(parseMonth(undefined, "2026-11-28")).toEqual({ month: { year: 2026, month: 11 }, valid: true });
    expect(parseMonth("2018-13", "2026-11-28")).toEqual({ month: { year: 2026, month: 11 }, valid: false });
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
