import { describe, expect, it } from "vitest";
import { hasVenue, heldWhere, takesMeetingLink } from "./activity-mode";

describe("the mode of an activity", () => {
  it("tells how and where it is held as people read it", () => {
    expect(heldWhere("in_person", "Bangkok", "TH")).toBe("Bangkok, Thailand");
    expect(heldWhere("in_person", null, null)).toBeNull();
    expect(heldWhere("online", "Bangkok", "TH")).toBe("Online");
    expect(heldWhere("online", null, null)).toBe("Online");
    expect(heldWhere("hybrid", "Jakarta", "ID")).toBe("Jakarta, Indonesia and online");
    expect(heldWhere("hybrid", null, null)).toBe("In person and online");
  });

  it("keeps a venue for in person and hybrid, a meeting link for online and hybrid", () => {
    expect([hasVenue("in_person"), hasVenue("online"), hasVenue("hybrid")]).toEqual([true, false, true]);
    expect([takesMeetingLink("in_person"), takesMeetingLink("online"), takesMeetingLink("hybrid")]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
