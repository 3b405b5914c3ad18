import { describe, expect, it } from "vitest";
import { firstParam, pageParam } from "./search-params";

describe("pageParam", () => {
  it("reads a page number", () => {
    expect(pageParam({ page: "3" })).toBe(3);
  });

  it("falls back to the first page on anything else", () => {
    for (const page of [undefined, "", "0", "-2", "abc", "1e3", "99999999999", "2.5"]) {
      expect(pageParam({ page })).toBe(1);
    }
  });

  it("takes the first of repeated parameters", () => {
    expect(pageParam({ page: ["4", "9"] })).toBe(4);
    expect(firstParam({ q: ["a", "b"] }, "q")).toBe("a");
  });
});
