import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderCalendar, type CalendarActivity } from "./ics";

// Parsed back with ical.js, a different library from the one that wrote it.

const base: CalendarActivity = {
  id: "7b0c8a52-2f0e-4c55-9d0c-6e8f1c2a9b01",
  title: "1st AICHR-UN Meeting",
  summary: "The first formal meeting.",
  status: "completed",
  start: { date: "2018-05-15", precision: "day" },
  end: null,
  place: "Jakarta, Indonesia",
  mode: "in_person",
  lead: "AICHR",
  version: 3,
  updatedAt: new Date("2026-11-20T10:15:00Z"),
};

function events(activities: CalendarActivity[]) {
  const calendar = new ICAL.Component(
    ICAL.parse(renderCalendar(activities, { name: "Test", baseUrl: "https://tracker.example" })),
  );
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      status: vevent.getFirstPropertyValue("status"),
      location: event.location,
      lastModified: String(vevent.getFirstPropertyValue("last-modified")),
      url: vevent.getFirstPropertyValue("url"),
      description: event.description,
    };
  });
}

describe("the ICS feed", () => {
  it("writes an all-day event with a stable UID, sequence and last change", () => {
    const [event] = events([base]);
    expect(event).toMatchObject({
      uid: `${base.id}@asean-un-tracker`,
      summary: "1st AICHR-UN Meeting",
      sequence: 3,
      start: "2018-05-15",
      end: "2018-05-16",
      allDay: true,
      status: "CONFIRMED",
      location: "Jakarta, Indonesia",
      url: `https://tracker.example/activities/${base.id}`,
    });
    expect(event!.lastModified).toMatch(/^2026-11-20T10:15:00/);
  });

  it("keeps the UID across exports and raises the sequence when the activity changes", () => {
    const [first] = events([base]);
    const [second] = events([{ ...base, version: 4, title: "1st AICHR-UN Meeting (moved)" }]);
    expect(second!.uid).toBe(first!.uid);
    expect(second!.sequence).toBe(4);
  });

  it("marks a cancelled activity as cancelled", () => {
    expect(events([{ ...base, status: "cancelled" }])[0]!.status).toBe("CANCELLED");
  });

  it("spans a period, and a month or a year without faking a day", () => {
    const [range, month, year] = events([
      {
        ...base,
        id: "a",
        start: { date: "2017-11-13", precision: "day" },
        end: { date: "2017-11-16", precision: "day" },
      },
      { ...base, id: "b", start: { date: "2018-06-01", precision: "month" } },
      { ...base, id: "c", start: { date: "2017-01-01", precision: "year" } },
    ]);
    expect([range!.start, range!.end]).toEqual(["2017-11-13", "2017-11-17"]);
    expect([month!.start, month!.end]).toEqual(["2018-06-01", "2018-07-01"]);
    // A year is one all-day event on its first day, the text saying it is the year.
    expect([year!.start, year!.end]).toEqual(["2017-01-01", "2017-01-02"]);
    expect(year!.description).toContain("Date as recorded: 2017 (no exact day).");
  });

  it("places an online activity 'Online', a hybrid one at its venue, and tells where to join", () => {
    const link = "https://asean.zoom.us/j/81234567890?pwd=a,b;c";
    const [inPerson, online, hybrid, unlinked] = events([
      base,
      { ...base, id: "o", mode: "online", place: null, meetingLink: link },
      { ...base, id: "h", mode: "hybrid", meetingLink: link },
      { ...base, id: "u", mode: "online", place: null },
    ]);
    expect(inPerson!.location).toBe("Jakarta, Indonesia");
    expect(inPerson!.description).not.toContain("Online");
    expect(online!.location).toBe("Online");
    expect(online!.description).toContain(`Online: ${link}`);
    expect(hybrid!.location).toBe("Jakarta, Indonesia");
    expect(hybrid!.description).toContain(`Also online: ${link}`);
    // The event's URL stays the activity's page; without a link, nothing about joining.
    expect(online!.url).toBe("https://tracker.example/activities/o");
    expect(unlinked!.location).toBe("Online");
    expect(unlinked!.description).not.toContain("https://");
  });

  it("names the app in the usual PRODID form", () => {
    const calendar = new ICAL.Component(ICAL.parse(renderCalendar([base], { name: "T", baseUrl: "https://t" })));
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//ASEAN-UN Tracker//EN");
  });

  it("is a valid, empty calendar when nothing matches", () => {
    expect(events([])).toEqual([]);
  });

  it("escapes and folds long text with accents so it reads back the same", () => {
    const title = `Dialogue, on; "rights" \\ ${"Đối thoại về quyền con người ".repeat(6)}`;
    const raw = renderCalendar([{ ...base, title, summary: "Line one\nLine two" }], {
      name: "T",
      baseUrl: "https://t",
    });
    expect(raw.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(events([{ ...base, title }])[0]!.summary).toBe(title);
  });
});
