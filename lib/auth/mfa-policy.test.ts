import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords";
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

describe("common and breached passwords", () => {
  it("catches the list's entries whatever their case, and with digits or marks added", () => {
    for (const weak of ["1q2w3e4r5t6y", "QWERTY123456", "password1234", "sunshine!!!!2024"]) {
      expect(isCommonPassword(weak)).toBe(true);
    }
  });

  it("lets a passphrase through", () => {
    expect(isCommonPassword("tamarind monsoon lantern 42")).toBe(false);
  });
});
