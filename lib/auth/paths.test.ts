import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl, signInPath } from "./paths";

const HERE = "http://app.test";

/** Where a browser lands when the page navigates to this address from our origin. */
const landsOn = (address: string) => new URL(address, `${HERE}/login`);
const decodedOrSelf = (address: string) => {
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
};

describe("safeCallbackPath", () => {
  it("keeps paths on this site, their query and fragment as given", () => {
    expect(safeCallbackPath("/activities?page=2")).toBe("/activities?page=2");
    expect(safeCallbackPath("/activities?q=a%26b#list")).toBe("/activities?q=a%26b#list");
    expect(safeCallbackPath("/reports/../activities")).toBe("/activities");
  });

  it("refuses anything that leaves the site, the known bypass forms included", () => {
    for (const hostile of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "/..//evil.example/phish",
      "/.//evil.example/phish",
      "/a/..//evil.example/phish",
      "/%2e%2e//evil.example/phish",
      "/%2E%2E//evil.example/phish",
      "/%2e//evil.example",
      "/a/%2e%2e//evil.example",
      "/%2F%2Fevil.example",
      "/%252F%252Fevil.example",
      "/%5Cevil.example",
      "/..%2F/evil.example",
      "/%",
      "",
      null,
    ]) {
      expect(safeCallbackPath(hostile), String(hostile)).toBe("/");
    }
  });

  it("whatever it is given, its answer lands on this site under a single leading slash", () => {
    const pieces = fc.constantFrom(
      "/",
      "//",
      "\\",
      ".",
      "..",
      "%2e",
      "%2E",
      "%2f",
      "%2F",
      "%5c",
      "%25",
      "\t",
      "\n",
      "evil.example",
      "a",
      "?",
      "#",
      ":",
      "@",
      "https:",
      "%252f",
      " ",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 8 }), (parts) => {
        const answer = safeCallbackPath(parts.join(""));
        expect(answer.startsWith("/") && !answer.startsWith("//")).toBe(true);
        expect(landsOn(answer).origin).toBe(HERE);
        expect(landsOn(decodedOrSelf(answer)).origin).toBe(HERE);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("safeRedirectUrl (next-auth's redirect)", () => {
  it("keeps same-origin addresses and sends every other to the home page", () => {
    expect(safeRedirectUrl("/activities", HERE)).toBe(`${HERE}/activities`);
    expect(safeRedirectUrl(`${HERE}/queue?x=1`, HERE)).toBe(`${HERE}/queue?x=1`);
    expect(safeRedirectUrl("https://evil.example/", HERE)).toBe(`${HERE}/`);
    expect(safeRedirectUrl(`${HERE}/..//evil.example/phish`, HERE)).toBe(`${HERE}/`);
    expect(safeRedirectUrl("/..//evil.example/phish", HERE)).toBe(`${HERE}/`);
  });
});

describe("signInPath", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/activities/abc")).toBe("/login?callbackUrl=%2Factivities%2Fabc");
    expect(signInPath("/")).toBe("/login");
  });
});
