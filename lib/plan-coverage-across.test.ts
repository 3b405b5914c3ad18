import { describe, expect, it } from "vitest";
import { ancestorsOf, coverageAcross, yearlyCounts } from "./plan-coverage-across";

// 2016-2020: a, b. 2021-2025: x continues a (split: y continues a too), z merges a and b.
// 2026-2030: w continues x.
const CONTINUES = new Map([
  ["x", ["a"]],
  ["y", ["a"]],
  ["z", ["a", "b"]],
  ["w", ["x"]],
]);
const LINKS = [
  { clauseId: "a", activityId: "act-1", year: 2018 },
  { clauseId: "b", activityId: "act-1", year: 2018 },
  { clauseId: "b", activityId: "act-2", year: 2019 },
  { clauseId: "x", activityId: "act-3", year: 2022 },
  { clauseId: "x", activityId: "act-1", year: 2018 },
];

describe("coverage across editions", () => {
  it("follows continuations along the chain, nearest first", () => {
    expect(ancestorsOf("w", CONTINUES)).toEqual(["x", "a"]);
    expect(ancestorsOf("a", CONTINUES)).toEqual([]);
  });

  it("counts an activity toward every clause that continues its clause, once per clause", () => {
    const c = coverageAcross(["x", "y", "z", "w"], LINKS, CONTINUES);
    expect([...c.get("x")!.direct].sort()).toEqual(["act-1", "act-3"]);
    // act-1 is linked to x itself: not counted again through a.
    expect([...c.get("x")!.through]).toEqual([]);
    expect([...c.get("y")!.through]).toEqual(["act-1"]);
    // A merge: act-1 reaches z through both a and b, and counts once.
    expect([...c.get("z")!.through].sort()).toEqual(["act-1", "act-2"]);
    expect(c.get("z")!.via.map((v) => [v.clauseId, v.activities.size])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect([...c.get("w")!.through].sort()).toEqual(["act-1", "act-3"]);
  });

  it("counts per year, direct and through together", () => {
    const counts = yearlyCounts(
      [
        { id: "z", number: "1.3", editionId: "e2" },
        { id: "b", number: "1.2", editionId: "e1" },
      ],
      LINKS,
      CONTINUES,
    );
    expect(Object.fromEntries(counts.get("z")!)).toEqual({ 2018: 1, 2019: 1 });
    expect(Object.fromEntries(counts.get("b")!)).toEqual({ 2018: 1, 2019: 1 });
  });
});
