import { describe, expect, it } from "vitest";
import { defaultFeedStart, feedStart } from "./calendar-feed";

const params = (query: string) => new URLSearchParams(query);

describe("a calendar feed's window", () => {
  it("starts twelve months back by default", () => {
    expect(defaultFeedStart("2026-12-02")).toBe("2025-12-02");
    expect(defaultFeedStart("2026-01-15")).toBe("2025-01-15");
    expect(feedStart(params("token=x"), "2026-12-02")).toBe("2025-12-02");
  });

  it("starts where from= says, for a valid day only", () => {
    expect(feedStart(params("from=2018-01-01"), "2026-12-02")).toBe("2018-01-01");
    for (const bad of ["2018", "2018-13-01", "2018-02-30", "yesterday", ""]) {
      expect(() => feedStart(params(`from=${bad}`), "2026-12-02")).toThrow("from must be a day written 2019-01-31.");
    }
  });
});
