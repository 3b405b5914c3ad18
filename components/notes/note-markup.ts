import type { NoteModel } from "@/lib/exports/background-note";
import { markup, type Markup } from "@/lib/markup";

// A note's activities as HTML built once on the server: a note can hold 20,000 activities,
// each under its theme and under its year, and as React elements they were rendered twice
// and sent twice (HTML and payload): 44 MB and seconds of CPU a view. The styles are the
// classes in app/globals.css; the buttons work through the one LeaveOutArea around them.

/** "Leave out" (or "Bring back") beside an activity; `describedBy` names the activity's text. */
export function leaveOutButton(activityId: string, describedBy: string, leftOut = false): Markup {
  const state = leftOut ? markup` data-left-out=""` : null;
  const label = leftOut ? "Bring back" : "Leave out";
  return markup`<button type="button" class="leave-out" data-leave-out="${activityId}"${state} aria-describedby="${describedBy}">${label}</button>`;
}

/** Sections I to III of the note: its meetings, its activities by theme, and by year. */
export function noteActivitiesMarkup(note: NoteModel, { leaveOut }: { leaveOut: boolean }): Markup {
  // Short ids, numbered in the order the items render: a button's description points at its item.
  let count = 0;
  const item = (activityId: string, text: string) => {
    const id = `n${count++}`;
    const button = leaveOut ? leaveOutButton(activityId, id) : null;
    return markup`<div class="note-item"><a id="${id}" href="/activities/${activityId}">${text}</a>${button}</div>`;
  };
  const meetings = note.meetings.map(
    (m, i) =>
      markup`<section aria-label="${m.heading}"><h4 class="font-semibold">${i + 1}. ${m.heading}</h4>${item(m.activityId, m.paragraphs.join(" "))}</section>`,
  );
  const themes = note.themes.map(
    (t, i) =>
      markup`<section aria-label="${t.theme}" class="space-y-2"><h4 class="font-semibold">${i + 1}. ${t.theme}</h4>${t.items.map((it) => item(it.activityId, it.text))}</section>`,
  );
  const years = note.years.map(
    (y) =>
      markup`<section aria-label="${y.year}" data-testid="note-year-${y.year}"><h4 class="font-semibold">${y.year}</h4><ul class="list-disc space-y-1 pl-5">${y.items.map((it) => markup`<li>${item(it.activityId, it.text)}</li>`)}</ul></section>`,
  );
  const noMeeting = note.meetings.length === 0 ? markup`<p class="text-slate-600">No meeting in the period.</p>` : null;
  return markup`<h3 class="text-lg font-semibold">I. Meetings</h3>${noMeeting}${meetings}<h3 class="text-lg font-semibold">II. Activities</h3>${themes}<h3 class="text-lg font-semibold">III. List of Activities with the UN Support</h3>${years}`;
}

/** The activities left out of a note, each with "Bring back" for those who may edit it. */
export function leftOutMarkup(
  leftOut: Array<{ id: string; title: string }>,
  { editable }: { editable: boolean },
): Markup {
  return markup`${leftOut.map(
    (a, index) =>
      markup`<li class="flex items-center gap-3"><span id="left-out-${index}" class="flex-1">${a.title}</span>${editable ? leaveOutButton(a.id, `left-out-${index}`, true) : null}</li>`,
  )}`;
}
