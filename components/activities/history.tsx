import { LocalTime } from "@/components/ui/local-time";
import type { HistoryEvent } from "@/lib/dal/activities/history";

const ACTION_LABELS: Record<string, string> = {
  seed: "Recorded from the Background Note",
  create: "Created",
  edit: "Edited",
  submit: "Submitted for review",
  withdraw: "Withdrawn from review",
  approve: "Approved: scheduled",
  request_changes: "Changes requested",
  reschedule: "Rescheduled",
  complete: "Marked completed",
  cancel: "Cancelled",
  reopen: "Reopened",
  submit_report: "Report submitted",
  approve_report: "Report approved",
  return_report: "Report returned",
  reopen_report: "Report reopened",
  attach: "File attached",
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  return Array.isArray(value) ? value.join(", ") || "(none)" : String(value);
}

/** Changed fields, before → after; a transition's comment; an attachment's name. */
function Details({ event }: { event: HistoryEvent }) {
  const after = event.after ?? {};
  const comment = typeof after.comment === "string" ? after.comment : null;
  if (event.action === "edit" || event.action === "reschedule") {
    const fields = Object.keys(after).filter((f) => f !== "comment");
    return (
      <>
        <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
          {fields.map((field) => (
            <li key={field}>
              <span className="font-medium">{field}:</span> {show(event.before?.[field])} → {show(after[field])}
            </li>
          ))}
        </ul>
        {comment ? <p className="mt-1 text-sm text-slate-700">“{comment}”</p> : null}
      </>
    );
  }
  if (event.action === "attach") return <p className="mt-1 text-sm text-slate-700">{show(after.fileName)}</p>;
  if (event.action === "refused")
    return <p className="mt-1 text-sm text-slate-700">Attempted: {show(after.attempted)}</p>;
  return comment ? <p className="mt-1 text-sm text-slate-700">“{comment}”</p> : null;
}

export function History({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No events recorded.</p>;
  return (
    <ol className="space-y-3" aria-label="History">
      {events.map((event) => (
        <li key={event.id} className="border-l-2 border-slate-200 pl-3" data-testid="history-event">
          <p className="text-sm">
            <span className="font-semibold">{ACTION_LABELS[event.action] ?? event.action}</span>{" "}
            <span className="text-slate-600">
              by {event.actor}
              {event.organisation ? ` (${event.organisation})` : ""}, <LocalTime iso={event.at.toISOString()} />
            </span>
          </p>
          <Details event={event} />
        </li>
      ))}
    </ol>
  );
}
