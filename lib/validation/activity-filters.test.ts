import { describe, expect, it } from "vitest";
import { activitiesHref, parseActivityFilters } from "./activity-filters";

describe("the list's filters in the URL", () => {
  it("reads every filter", () => {
    const { filters, ignored } = parseActivityFilters({
      status: "completed",
      year: "2018",
      theme: "childrens_rights",
      type: "dialogue",
      org: "unicef",
      clause: "1.2.4",
      country: "id",
      q: "  freedom   of expression ",
      sort: "title",
      page: "2",
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      status: "completed",
      year: 2018,
      theme: "childrens_rights",
      type: "dialogue",
      org: "UNICEF",
      clause: "1.2.4",
      country: "ID",
      q: "freedom of expression",
      sort: "title",
      page: 2,
    });
  });

  it("ignores malformed values and says which", () => {
    const { filters, ignored } = parseActivityFilters({
      status: "archived",
      year: "20x8",
      theme: "<script>",
      clause: "1.2.4'; drop",
      country: "Thailand",
      q: "x".repeat(201),
      sort: "random",
      page: "-1",
    });
    expect(filters).toEqual({ sort: "date", page: 1 });
    expect(ignored).toEqual(["status", "theme", "year", "clause", "country", "search (longer than 200 characters)"]);
  });

  it("sorts a search by relevance unless told otherwise", () => {
    expect(parseActivityFilters({ q: "water" }).filters.sort).toBe("relevance");
    expect(parseActivityFilters({ sort: "relevance" }).filters.sort).toBe("date");
  });

  it("writes the URL back, leaving defaults out", () => {
    expect(activitiesHref({ org: "UNICEF", year: 2018, sort: "date" })).toBe("/activities?year=2018&org=UNICEF");
    expect(activitiesHref({ q: "water", sort: "relevance" }, 3)).toBe("/activities?q=water&page=3");
    expect(activitiesHref({})).toBe("/activities");
  });
});

describe("unusable characters in the URL", () => {
  it("drops a search or filter holding NUL, a control character or half a character, with the notice", () => {
    for (const q of ["water\u0000", "a\u0001b", "half \uD800 character", "\uDC00"]) {
      const { filters, ignored } = parseActivityFilters({ q, org: `UN\u0000ICEF` });
      expect(filters.q).toBeUndefined();
      expect(filters.org).toBeUndefined();
      expect(ignored).toEqual([
        "organisation (characters that cannot be searched)",
        "search (characters that cannot be searched)",
      ]);
    }
    expect(parseActivityFilters({ q: "droits de l’enfant 🇹🇭\ttab" }).filters.q).toBe("droits de l’enfant 🇹🇭 tab");
  });
});
