/**
 * "Leave out" (or "Bring back") beside an activity of a note: plain, compact markup made to
 * work by the one LeaveOutArea around the note. A note can list 20,000 activities, so
 * every byte of an item counts: the style is one class and the description a short id.
 */
export function LeaveOutButton({
  activityId,
  describedBy,
  leftOut = false,
}: {
  activityId: string;
  /** The id of the text the button acts on, so a screen reader says which activity. */
  describedBy: string;
  leftOut?: boolean;
}) {
  return (
    <button
      type="button"
      className="leave-out"
      data-leave-out={activityId}
      data-left-out={leftOut ? "" : undefined}
      aria-describedby={describedBy}
    >
      {leftOut ? "Bring back" : "Leave out"}
    </button>
  );
}
