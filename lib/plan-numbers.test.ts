import { describe, expect, it } from "vitest";
import { SEED_PLAN } from "@/db/seed/plan";
import { CLAUSE_NUMBER, compareNumbers, DOTTED_NUMBER, enclosingNumber, naturalPositions } from "./plan-numbers";

describe("Plan of Action numbers", () => {
  it("reads dotted numbers in natural order", () => {
    expect(["1.2.10", "1.10", "1.2", "1.2.2", "2", "1"].sort(compareNumbers)).toEqual([
      "1",
      "1.2",
      "1.2.2",
      "1.2.10",
      "1.10",
      "2",
    ]);
  });

  it("gives the seeded clauses the positions the seed gives them", () => {
    const shuffled = [...SEED_PLAN.clauses].reverse().map((c) => c.number);
    const positions = naturalPositions(shuffled);
    expect(SEED_PLAN.clauses.map((c) => positions.get(c.number))).toEqual(SEED_PLAN.clauses.map((_, i) => i));
  });

  it("finds the nearest listed section a number sits in", () => {
    expect(enclosingNumber("1.2.3", ["1", "1.2"])).toBe("1.2");
    expect(enclosingNumber("1.3.1", ["1", "1.2"])).toBe("1");
    expect(enclosingNumber("2.1", ["1", "1.2"])).toBeNull();
    expect(enclosingNumber("1", ["1"])).toBeNull();
  });

  it("takes dotted digits without leading zeros; a clause has two parts at least", () => {
    for (const ok of ["1", "1.2", "12.3.45"]) expect(DOTTED_NUMBER.test(ok)).toBe(true);
    for (const bad of ["", "0", "1.02", "1..2", "1.2.", "a.1", " 1.2", "1.2.3.4.5.6.7"]) {
      expect(DOTTED_NUMBER.test(bad), bad).toBe(false);
    }
    expect(CLAUSE_NUMBER.test("1")).toBe(false);
    expect(CLAUSE_NUMBER.test("1.2.3")).toBe(true);
  });
});
