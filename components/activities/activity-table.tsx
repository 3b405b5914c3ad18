import type { ActivityListItem } from "@/lib/dal/activities/list";
import type { OrganisationRef } from "@/lib/dal/activities/read";
import { heldWhere } from "@/lib/activity-mode";
import { isDatePassed } from "@/lib/date-passed";
import { DataTable } from "@/components/ui/data-table";
import { datesAsGiven } from "./activity-dates";
import { ActivityRows, type ActivityRow, type RowOrganisation } from "./activity-rows";

// The cells' look is named once in app/globals.css (.activity-list), not repeated on each of
// 300 cells. Row links do not prefetch: 50 activity pages fetched in the background for
// every view of the list would multiply the server's load.

/**
 * The page's activities as the rows show them: each organisation named once for the page
 * (the same UN entities recur on most rows), the dates and place already in words, and the
 * record-keepers' notes only where they are shown.
 */
export function activityRows(
  items: ActivityListItem[],
  workflowNotes: boolean,
): { rows: ActivityRow[]; organisations: RowOrganisation[]; marked: boolean } {
  const organisations: RowOrganisation[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (org: OrganisationRef) => {
    let index = indexes.get(org.code);
    if (index === undefined) {
      index = organisations.push([org.label, org.name]) - 1;
      indexes.set(org.code, index);
    }
    return index;
  };
  const rows = items.map((activity): ActivityRow => {
    const row: ActivityRow = {
      id: activity.id,
      title: activity.highlight?.title ?? activity.title,
      dates: datesAsGiven(activity.start, activity.end, activity.parts),
      place: heldWhere(activity.mode, activity.city, activity.countryCode),
      status: activity.status,
      lead: indexOf(activity.lead),
      unEntities: activity.unEntities.map(indexOf),
      clauses: activity.clauses.join(", "),
    };
    if (activity.highlight?.snippet) row.snippet = activity.highlight.snippet;
    if (workflowNotes && activity.reviewState !== "none") row.review = activity.reviewState;
    if (workflowNotes && isDatePassed(activity.status, activity.start, activity.end)) row.passed = true;
    return row;
  });
  return { rows, organisations, marked: items.some((activity) => activity.highlight) };
}

/**
 * `basePath`: where an activity's page lives (the public register has its own);
 * `workflowNotes`: the record-keepers' notes (under review, date passed), for record-keepers only: off unless asked, so the public register never receives them.
 */
export function ActivityTable({
  items,
  basePath = "/activities",
  workflowNotes = false,
}: {
  items: ActivityListItem[];
  basePath?: string;
  workflowNotes?: boolean;
}) {
  return (
    <div className="activity-list">
      <DataTable columns={["Activity", "Dates and place", "Status", "Lead", "UN entities", "Clauses"]}>
        <ActivityRows {...activityRows(items, workflowNotes)} basePath={basePath} />
      </DataTable>
    </div>
  );
}
