import { describe, expect, it } from "vitest";
import { visiblePages } from "./pagination";

describe("visiblePages", () => {
  it("lists every page when there are few", () => {
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
  });

  it("marks gaps around a page in the middle", () => {
    expect(visiblePages(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });

  it("keeps the ends in view", () => {
    expect(visiblePages(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(visiblePages(20, 20)).toEqual([1, null, 18, 19, 20]);
  });
});
