import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderCalendar, type CalendarActivity } from "./ics";

// Parsed back with ical.js, a different library from the one that wrote it.

const day = (date: string) => ({ date, precision: "day" as const });
const inParts: CalendarActivity = {
  id: "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b09",
  title: "AICHR 34th Meeting",
  summary: null,
  status: "completed",
  start: day("2021-07-12"),
  end: day("2021-07-26"),
  parts: [
    { start: day("2021-07-12"), end: day("2021-07-14") },
    { start: day("2021-07-26"), end: null },
  ],
  place: null,
  mode: "online",
  lead: "AICHR",
  version: 2,
  updatedAt: new Date("2021-08-01T00:00:00Z"),
};

function events(activities: CalendarActivity[]) {
  const calendar = new ICAL.Component(ICAL.parse(renderCalendar(activities, { name: "T", baseUrl: "https://t" })));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      description: event.description,
    };
  });
}

describe("the ICS of an activity held in parts", () => {
  it("has one all-day event per part, with a stable UID per part, none on the gap", () => {
    const parsed = events([inParts]);
    expect(parsed.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual([
      { uid: `${inParts.id}-1@asean-un-tracker`, start: "2021-07-12", end: "2021-07-15" },
      { uid: `${inParts.id}-2@asean-un-tracker`, start: "2021-07-26", end: "2021-07-27" },
    ]);
    expect(parsed[1]!.description).toContain("Part 2 of 2; all dates: 12\u201314 and 26 July 2021.");
    // The same activity rendered again (another day, another version) keeps its UIDs.
    expect(events([{ ...inParts, version: 3 }]).map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
  });

  it("keeps a one-range activity's own UID", () => {
    expect(events([{ ...inParts, parts: [] }]).map(({ uid, start, end }) => ({ uid, start, end }))).toEqual([
      { uid: `${inParts.id}@asean-un-tracker`, start: "2021-07-12", end: "2021-07-27" },
    ]);
  });
});
