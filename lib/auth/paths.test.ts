import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInPath } from "./paths";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/activities?page=2")).toBe("/activities?page=2");
  });

  it("refuses anything that leaves the site", () => {
    for (const hostile of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(safeCallbackPath(hostile)).toBe("/");
    }
  });
});

describe("signInPath", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/activities/abc")).toBe("/login?callbackUrl=%2Factivities%2Fabc");
    expect(signInPath("/")).toBe("/login");
  });
});
