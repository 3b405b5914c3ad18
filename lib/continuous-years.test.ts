import { describe, expect, it } from "vitest";
import { continuousYears } from "./continuous-years";

describe("activities per year as a timeline", () => {
  it("shows the years without activities as 0, in order", () => {
    expect(
      continuousYears([
        { year: 2016, count: 4 },
        { year: 2011, count: 2 },
        { year: 2013, count: 1 },
      ]),
    ).toEqual([
      { year: 2011, count: 2 },
      { year: 2012, count: 0 },
      { year: 2013, count: 1 },
      { year: 2014, count: 0 },
      { year: 2015, count: 0 },
      { year: 2016, count: 4 },
    ]);
  });

  it("has no years when nothing is dated", () => {
    expect(continuousYears([])).toEqual([]);
    expect(continuousYears([{ year: 2020, count: 3 }])).toEqual([{ year: 2020, count: 3 }]);
  });
});
