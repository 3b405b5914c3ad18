import { describe, expect, it } from "vitest";
import { parseQueueSort, sortQueue, waitingFor } from "./queue-order";

const entry = (name: string, waitingSince: string, start: string | null, due?: string) => ({
  name,
  waitingSince: new Date(waitingSince),
  start: start ? { date: start, precision: "day" as const } : null,
  ...(due ? { due: { on: due } } : {}),
});

describe("ordering the queue", () => {
  const items = [
    entry("report due", "2026-11-20T00:00:00Z", "2026-10-01", "2026-12-04"),
    entry("submitted", "2026-11-01T09:00:00Z", "2027-03-10"),
    entry("undated draft", "2026-11-25T09:00:00Z", null),
    entry("older report due", "2026-11-10T00:00:00Z", "2026-09-01", "2026-11-24"),
  ];
  const names = (sort: Parameters<typeof sortQueue>[1]) => sortQueue(items, sort).map((i) => i.name);

  it("puts what has waited longest first by default", () => {
    expect(parseQueueSort(undefined)).toBe("waiting");
    expect(parseQueueSort("random")).toBe("waiting");
    expect(names("waiting")).toEqual(["submitted", "older report due", "report due", "undated draft"]);
  });

  it("orders by the activity's date, undated last", () => {
    expect(names(parseQueueSort("date"))).toEqual(["older report due", "report due", "submitted", "undated draft"]);
  });

  it("orders by the report's due date, entries without one last in the order they came", () => {
    expect(names("due")).toEqual(["older report due", "report due", "submitted", "undated draft"]);
  });
});

describe("how long an entry has waited", () => {
  const now = new Date("2026-12-02T08:00:00Z");
  it("says it as people do", () => {
    expect(waitingFor(new Date("2026-12-02T01:00:00Z"), now)).toBe("today");
    expect(waitingFor(new Date("2026-12-01T07:00:00Z"), now)).toBe("1 day");
    expect(waitingFor(new Date("2026-11-20T08:00:00Z"), now)).toBe("12 days");
    expect(waitingFor(new Date("2026-10-28T08:00:00Z"), now)).toBe("5 weeks");
    expect(waitingFor(new Date("2026-09-01T08:00:00Z"), now)).toBe("3 months");
    expect(waitingFor(new Date("2023-11-01T08:00:00Z"), now)).toBe("3 years");
    // A clock a little behind the database's never says "-1 days".
    expect(waitingFor(new Date("2026-12-02T08:05:00Z"), now)).toBe("today");
  });
});
