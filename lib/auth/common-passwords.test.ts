import { describe, expect, it } from "vitest";
import { isCommonPassword, isGuessableFor } from "./common-passwords";

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

describe("passwords guessable from the app and the person", () => {
  const nadia = ["Nadia Newcomer", "nadia.newcomer@example.org"];

  it("refuses little more than the app's words, the name or the email", () => {
    for (const weak of ["Asean-Tracker-2026!", "nadianewcomer2024", "NewcomerNadia!!1", "aichr secretariat 1"]) {
      expect(isGuessableFor(weak, nadia)).toBe(true);
    }
  });

  it("lets a passphrase through, even one with a context word in it", () => {
    expect(isGuessableFor("tamarind monsoon lantern 42", nadia)).toBe(false);
    expect(isGuessableFor("asean mangrove kettle drum", nadia)).toBe(false);
  });
});
