import { describe, expect, it } from "vitest";
import { HashCeiling } from "./hash-ceiling";

describe("the ceiling on password hashes per second", () => {
  it("lets a burst of its size through, refuses the next, and refills with time", () => {
    const ceiling = new HashCeiling(30, 0);
    const burst = Array.from({ length: 100 }, () => ceiling.take(0));
    expect(burst.filter(Boolean)).toHaveLength(30);
    expect(ceiling.take(0)).toBe(false);
    // A tenth of a second later, three more hashes' worth has come back, and no more.
    expect([ceiling.take(100), ceiling.take(100), ceiling.take(100), ceiling.take(100)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    // A quiet minute refills it to its size, not beyond: the next burst is again 30.
    expect(Array.from({ length: 40 }, () => ceiling.take(60_000)).filter(Boolean)).toHaveLength(30);
  });
});
