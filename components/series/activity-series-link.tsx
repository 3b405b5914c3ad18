import Link from "next/link";
import type { ActivityDetail } from "@/lib/dal/activities/read";
import { meetingOfSeries } from "@/lib/series/ordinal";

/** "2nd AICHR-UN Meeting", linked to the series' page; nothing for an activity outside any series. */
export function ActivitySeriesLink({ series }: { series: ActivityDetail["series"] }) {
  if (!series) return null;
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="activity-series">
      <Link href={`/series/${series.id}`} className="font-medium text-brand-700 underline hover:no-underline">
        {meetingOfSeries(series.name, series.ordinal)}
      </Link>
      {series.ordinal === null ? " (series)" : null}
    </p>
  );
}
