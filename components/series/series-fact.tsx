import { meetingOfSeries } from "@/lib/series/ordinal";

/** The public register's fact "Series: 2nd AICHR-UN Meeting"; nothing outside any series. */
export function SeriesFact({ series }: { series: { name: string; ordinal: number | null } | null }) {
  if (!series) return null;
  return (
    <div>
      <dt className="text-xs font-medium uppercase text-slate-600">Series</dt>
      <dd className="text-sm text-slate-800" data-testid="public-series">
        {meetingOfSeries(series.name, series.ordinal)}
      </dd>
    </div>
  );
}
