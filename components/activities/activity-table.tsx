import Link from "next/link";
import type { ActivityListItem } from "@/lib/dal/activities/list";
import { heldWhere } from "@/lib/activity-mode";
import { DATE_PASSED_MESSAGE, isDatePassed } from "@/lib/date-passed";
import { DataTable } from "@/components/ui/data-table";
import { Highlighted } from "@/components/ui/highlighted";
import { ActivityDates } from "./activity-dates";
import { StatusBadge } from "./status-badge";

// The cells' look is set once on the wrapper, not repeated on each of 300 cells: the list is
// rendered on every view and sent twice (HTML and the React payload). Row links do not
// prefetch: 50 activity pages fetched in the background for every view of the list would
// multiply the server's load.
const CELLS =
  "[&_tbody_tr]:align-top [&_tbody_tr:hover]:bg-slate-50 [&_td]:px-4 [&_td]:py-3 [&_td]:text-slate-700 " +
  "[&_td_a]:font-medium [&_td_a]:text-brand-700 [&_td_a:hover]:underline [&_abbr]:no-underline";
// On a phone each row is a card: cells stacked, the columns that need a name labelled by CSS
// (no extra markup per row, so the page weighs the same).
const PHONE_CARDS =
  "max-sm:[&_thead]:sr-only max-sm:[&_table]:block max-sm:[&_tbody]:block max-sm:[&_tr]:block max-sm:[&_tr]:py-2 " +
  "max-sm:[&_td]:block max-sm:[&_td]:py-1 max-sm:[&_td]:whitespace-normal max-sm:[&_td:first-child]:min-w-0 " +
  "max-sm:[&_td:nth-child(4)]:before:content-['Lead:_'] max-sm:[&_td:nth-child(5)]:before:content-['UN_entities:_'] " +
  "max-sm:[&_td:nth-child(6)]:before:content-['Clauses:_'] max-sm:[&_td]:before:text-slate-600";

/**
 * `basePath`: where an activity's page lives (the public register has its own);
 * `workflowNotes`: the record-keepers' notes (under review, date passed), not for the public.
 */
export function ActivityTable({
  items,
  basePath = "/activities",
  workflowNotes = true,
}: {
  items: ActivityListItem[];
  basePath?: string;
  workflowNotes?: boolean;
}) {
  return (
    <div className={`${CELLS} ${PHONE_CARDS}`}>
      <DataTable columns={["Activity", "Dates and place", "Status", "Lead", "UN entities", "Clauses"]}>
        {items.map((activity) => (
          <tr key={activity.id}>
            <td className="min-w-72 max-w-md">
              <Link href={`${basePath}/${activity.id}`} prefetch={false}>
                {activity.highlight ? <Highlighted text={activity.highlight.title} /> : activity.title}
              </Link>
              {activity.highlight?.snippet ? (
                <p className="mt-1 text-sm text-slate-600" data-testid="search-snippet">
                  <Highlighted text={activity.highlight.snippet} />
                </p>
              ) : null}
            </td>
            <td className="whitespace-nowrap">
              <ActivityDates start={activity.start} end={activity.end} parts={activity.parts} />
              <span className="block text-slate-600">{heldWhere(activity.mode, activity.city, activity.countryCode)}</span>
            </td>
            <td>
              <StatusBadge status={activity.status} reviewState={workflowNotes ? activity.reviewState : undefined} />
              {workflowNotes && isDatePassed(activity.status, activity.start, activity.end) ? (
                <span className="mt-1 block text-xs font-medium text-amber-900">{DATE_PASSED_MESSAGE}</span>
              ) : null}
            </td>
            <td>
              <abbr title={activity.lead.name}>{activity.lead.label}</abbr>
            </td>
            <td>
              {activity.unEntities.length > 0 ? (
                activity.unEntities.map((org, i) => (
                  <span key={org.code}>
                    {i > 0 ? ", " : ""}
                    <abbr title={org.name}>{org.label}</abbr>
                  </span>
                ))
              ) : (
                <span className="text-slate-500">None recorded</span>
              )}
            </td>
            <td className="whitespace-nowrap">{activity.clauses.join(", ")}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
