import Link from "next/link";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { seriesOfActivity } from "@/lib/dal/activities/series";
import { meetingOfSeries } from "@/lib/series/ordinal";

/** "2nd AICHR-UN Meeting", linked to the series' page; nothing for an activity outside any series. */
export async function ActivitySeriesLink({ user, activityId }: { user: SessionUser; activityId: string }) {
  const series = await seriesOfActivity(user, activityId);
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
