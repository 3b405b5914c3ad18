import type { Metadata } from "next";
import Link from "next/link";
import { NewSeriesForm } from "@/components/series/series-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { listSeries } from "@/lib/dal/activities/series";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Series of meetings" };

export default async function SeriesListPage() {
  const user = await requireCapability("activity:read");
  const series = await listSeries(user);
  return (
    <>
      <PageHeader
        title="Series of meetings"
        description="Meetings that recur under one name, each numbered in its series. The Background Note tells a series once, with its context, then its meetings in the note's period."
      />
      {can(user.role, "series:manage") ? (
        <Card title="Add a series" className="mb-8">
          <NewSeriesForm />
        </Card>
      ) : null}
      {series.length === 0 ? (
        <EmptyState title="No series yet.">Meetings that recur under one name can be grouped into a series.</EmptyState>
      ) : (
        <DataTable columns={["Series", "Meetings", "Context"]}>
          {series.map((s) => (
            <tr key={s.id}>
              <td className="px-4 py-2">
                <Link href={`/series/${s.id}`} className="font-medium text-brand-700 hover:underline">
                  {s.name}
                </Link>
                <span className="block font-mono text-xs text-slate-500">{s.code}</span>
              </td>
              <td className="px-4 py-2 text-slate-700">{s.meetingCount === 0 ? "None yet" : s.meetingCount}</td>
              <td className="max-w-xl px-4 py-2 text-slate-700">
                {s.context ?? <span className="text-slate-500">No context</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
