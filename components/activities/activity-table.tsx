import Link from "next/link";
import type { ActivityListItem } from "@/lib/dal/activity-list";
import { placeName } from "@/lib/countries";
import { DataTable } from "@/components/ui/data-table";
import { Highlighted } from "@/components/ui/highlighted";
import { ActivityDates } from "./activity-dates";
import { StatusBadge } from "./status-badge";

export function ActivityTable({ items }: { items: ActivityListItem[] }) {
  return (
    <DataTable columns={["Activity", "Dates and place", "Status", "Lead", "UN entities", "Clauses"]}>
      {items.map((activity) => (
        <tr key={activity.id} className="align-top hover:bg-slate-50">
          <td className="min-w-72 max-w-md px-4 py-3">
            <Link href={`/activities/${activity.id}`} className="font-medium text-brand-700 hover:underline">
              {activity.highlight ? <Highlighted text={activity.highlight.title} /> : activity.title}
            </Link>
            {activity.highlight?.snippet ? (
              <p className="mt-1 text-sm text-slate-600" data-testid="search-snippet">
                <Highlighted text={activity.highlight.snippet} />
              </p>
            ) : null}
          </td>
          <td className="whitespace-nowrap px-4 py-3 text-slate-700">
            <ActivityDates start={activity.start} end={activity.end} />
            <span className="block text-slate-600">{placeName(activity.city, activity.countryCode)}</span>
          </td>
          <td className="px-4 py-3">
            <StatusBadge status={activity.status} />
          </td>
          <td className="px-4 py-3 text-slate-700">
            <abbr title={activity.lead.name} className="no-underline">
              {activity.lead.label}
            </abbr>
          </td>
          <td className="px-4 py-3 text-slate-700">
            {activity.unEntities.length > 0 ? (
              activity.unEntities.map((org, i) => (
                <span key={org.code}>
                  {i > 0 ? ", " : ""}
                  <abbr title={org.name} className="no-underline">
                    {org.label}
                  </abbr>
                </span>
              ))
            ) : (
              <span className="text-slate-500">None recorded</span>
            )}
          </td>
          <td className="whitespace-nowrap px-4 py-3 text-slate-700">{activity.clauses.join(", ")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
