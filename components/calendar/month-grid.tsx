import Link from "next/link";
import { activityCoversDay, monthWeeks, type Month } from "@/lib/calendar-month";
import type { CalendarActivity } from "@/lib/exports/ics";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const STATUS_STYLE = {
  scheduled: "bg-sky-100 text-sky-950",
  completed: "bg-emerald-100 text-emerald-950",
  cancelled: "bg-rose-100 text-rose-950 line-through",
  draft: "bg-slate-100",
} as const;

/** Day-precision activities on their days; the others are listed above the grid as such. */
export function MonthGrid({
  month,
  activities,
  today,
}: {
  month: Month;
  activities: CalendarActivity[];
  /** ISO day, marked in the grid. */
  today: string;
}) {
  const dayPrecise = activities.filter((a) => a.start.precision === "day" && (!a.end || a.end.precision === "day"));
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th
              key={d}
              scope="col"
              className="border-b border-slate-200 py-2 text-xs font-semibold uppercase text-slate-600"
            >
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week, w) => (
          <tr key={w}>
            {week.map((day, d) =>
              day ? (
                <td
                  key={day}
                  data-day={day}
                  aria-current={day === today ? "date" : undefined}
                  className="h-24 border border-slate-200 p-1 align-top aria-[current=date]:bg-amber-50 aria-[current=date]:outline aria-[current=date]:outline-2 aria-[current=date]:-outline-offset-2 aria-[current=date]:outline-amber-600"
                >
                  <span className="text-xs font-medium text-slate-600">
                    {Number(day.slice(8))}
                    {day === today ? <span className="ml-1 font-semibold text-amber-800">Today</span> : null}
                  </span>
                  <ul className="mt-1 space-y-1">
                    {dayPrecise
                      .filter((a) => activityCoversDay(a, day))
                      .map((a) => (
                        <li key={a.id}>
                          <Link
                            href={`/activities/${a.id}`}
                            title={a.title}
                            className={`block truncate rounded px-1 py-0.5 text-xs font-medium hover:underline ${STATUS_STYLE[a.status]}`}
                          >
                            {a.title}
                          </Link>
                        </li>
                      ))}
                  </ul>
                </td>
              ) : (
                <td key={`empty-${d}`} className="border border-slate-100 bg-slate-50" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
