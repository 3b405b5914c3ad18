import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityDates } from "@/components/activities/activity-dates";
import { StatusBadge } from "@/components/activities/status-badge";
import { EditSeriesForm } from "@/components/series/series-form";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getSeries } from "@/lib/dal/activities/series";
import { can } from "@/lib/permissions";
import { ordinal } from "@/lib/series/ordinal";

type Props = { params: Promise<{ id: string }> };

const loadSeries = cache(async (id: string) => {
  const user = await requireCapability("activity:read");
  return { user, series: await getSeries(user, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { series } = await loadSeries((await params).id);
  return { title: series?.name ?? "Series not found" };
}

export default async function SeriesPage({ params }: Props) {
  const { user, series } = await loadSeries((await params).id);
  if (!series) notFound();
  return (
    <>
      <Link href="/series" className="text-sm font-medium text-brand-700 hover:underline">
        ← All series
      </Link>
      <div className="mt-3">
        <PageHeader title={series.name} description={series.context ?? undefined} />
      </div>
      {series.meetings.length === 0 ? (
        <EmptyState title="No meetings in this series yet.">
          Choose the series in an activity&apos;s form to add a meeting to it.
        </EmptyState>
      ) : (
        <DataTable columns={["No.", "Meeting", "Dates", "Status"]}>
          {series.meetings.map((m) => (
            <tr key={m.id} data-testid="series-meeting">
              <td className="px-4 py-2 tabular-nums text-slate-700">{m.ordinal === null ? "–" : ordinal(m.ordinal)}</td>
              <td className="px-4 py-2">
                <Link href={`/activities/${m.id}`} className="font-medium text-brand-700 hover:underline">
                  {m.title}
                </Link>
              </td>
              <td className="px-4 py-2 text-slate-700">
                <ActivityDates start={m.start} end={m.end} parts={m.parts} />
              </td>
              <td className="px-4 py-2">
                <StatusBadge status={m.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {can(user.role, "series:manage") ? (
        <Card title="Edit the series" className="mt-8">
          <p className="mb-4 text-sm text-slate-600">
            Its code <span className="font-mono">{series.code}</span> stays: the Background Note keys the series&apos;
            paragraphs by it.
          </p>
          <EditSeriesForm id={series.id} initial={{ name: series.name, context: series.context ?? "" }} />
        </Card>
      ) : null}
    </>
  );
}
