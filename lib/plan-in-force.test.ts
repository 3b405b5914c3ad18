import { describe, expect, it } from "vitest";
import { activityYear, editionsInForce, previousEdition } from "./plan-in-force";

const POA_2016 = { id: "poa-2016", frameworkId: "poa", startYear: 2016, endYear: 2020 };
const POA_2021 = { id: "poa-2021", frameworkId: "poa", startYear: 2021, endYear: 2025 };
const WP_2021 = { id: "wp-2021", frameworkId: "wp", startYear: 2021, endYear: 2025 };
const ALL = [POA_2016, POA_2021, WP_2021];

describe("editions in force", () => {
  it("is the edition whose years hold the year, in every framework", () => {
    expect(editionsInForce(ALL, 2018)).toEqual(new Set(["poa-2016"]));
    expect(editionsInForce(ALL, 2021)).toEqual(new Set(["poa-2021", "wp-2021"]));
    expect(editionsInForce(ALL, 2025)).toEqual(new Set(["poa-2021", "wp-2021"]));
  });

  it("is none before a framework's first edition", () => {
    expect(editionsInForce(ALL, 2013)).toEqual(new Set());
    expect(editionsInForce(ALL, 2015)).toEqual(new Set());
  });

  it("keeps a framework's last edition in force until a next one is recorded", () => {
    expect(editionsInForce([POA_2016], 2026)).toEqual(new Set(["poa-2016"]));
    expect(editionsInForce(ALL, 2027)).toEqual(new Set(["poa-2021", "wp-2021"]));
  });
});

describe("the year an activity's clauses are read in", () => {
  it("is its start date's year at any precision, or this year when undated", () => {
    expect(activityYear("2012-06-09")).toBe(2012);
    expect(activityYear("2012-06")).toBe(2012);
    expect(activityYear("2012")).toBe(2012);
    expect(activityYear("", new Date("2026-12-02T00:00:00Z"))).toBe(2026);
    expect(activityYear(null, new Date("2021-01-01T00:00:00Z"))).toBe(2021);
  });
});

describe("the previous edition", () => {
  it("is the latest earlier edition of the same framework", () => {
    expect(previousEdition(ALL, POA_2021)).toBe(POA_2016);
    expect(previousEdition(ALL, POA_2016)).toBeNull();
    expect(previousEdition(ALL, WP_2021)).toBeNull();
  });
});
