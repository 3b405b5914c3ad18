/**
 * "Leave out" (or "Bring back") beside an activity of a note: plain markup, made to work by
 * the one LeaveOutArea around the note. A note of 20,000 activities made a client component
 * per button (and per link), 50 MB of page; one handler for all keeps it a document.
 */
export function LeaveOutButton({
  activityId,
  describedBy,
  leftOut = false,
}: {
  activityId: string;
  /** The id of the text the button acts on, so a screen reader says which activity. */
  describedBy?: string;
  leftOut?: boolean;
}) {
  return (
    <button
      type="button"
      data-leave-out={activityId}
      data-left-out={leftOut ? "true" : "false"}
      aria-describedby={describedBy}
      className="shrink-0 rounded border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-60 print:hidden"
    >
      {leftOut ? "Bring back" : "Leave out"}
    </button>
  );
}
