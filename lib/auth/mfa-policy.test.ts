import { describe, expect, it } from "vitest";
import { mfaRequiredRoles } from "./mfa-policy";

describe("which roles must use two-step verification", () => {
  it("defaults to admins and reviewers in production and to nobody elsewhere", () => {
    expect(mfaRequiredRoles(undefined, true)).toEqual(["admin", "reviewer"]);
    expect(mfaRequiredRoles(undefined, false)).toEqual([]);
  });

  it("follows a saved setting, even an empty one, and ignores what is not a role", () => {
    expect(mfaRequiredRoles([], true)).toEqual([]);
    expect(mfaRequiredRoles(["viewer", "root", "admin"], false)).toEqual(["admin", "viewer"]);
  });
});
