import Link from "next/link";
import { ActivityDates } from "@/components/activities/activity-dates";
import { StatusBadge } from "@/components/activities/status-badge";
import { ChartCard } from "@/components/dashboard/chart-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { countActivitiesByStatus } from "@/lib/dal/activities/read";
import { getDashboard } from "@/lib/dal/activities/dashboard";
import { DATE_PASSED_MESSAGE } from "@/lib/date-passed";
import { formatDateAsGiven } from "@/lib/dates";
import { ACTIVITY_STATUSES, THEME_LABELS, ORGANISATION_KIND_LABELS } from "@/lib/domain";
import { activitiesHref } from "@/lib/validation/activity-filters";
import { SEX_LABELS } from "@/lib/validation/report";

export default async function DashboardPage() {
  const user = await requireUser();
  const [counts, dashboard] = await Promise.all([countActivitiesByStatus(user), getDashboard(user)]);
  const total = ACTIVITY_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const sexes = dashboard.participantsBySex;
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description="The record of joint ASEAN-UN human-rights activities." />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Card>
          <Link href="/activities" className="text-sm text-slate-600 hover:underline">
            All activities
          </Link>
          <p className="mt-1 text-3xl font-semibold">{total}</p>
        </Card>
        {ACTIVITY_STATUSES.map((status) => (
          <Card key={status}>
            {/* Named by what it shows ("Draft 0 activities"), so that speech input can say what it sees. */}
            <Link href={activitiesHref({ status })}>
              <StatusBadge status={status} />
              <p className="mt-2 text-3xl font-semibold">
                {counts[status]}
                <span className="sr-only"> activities</span>
              </p>
            </Link>
          </Card>
        ))}
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ChartCard
          title="Activities per year"
          columnLabel="Year"
          allHref="/activities"
          bars={dashboard.perYear.map((y) => ({
            label: String(y.year),
            value: y.count,
            href: activitiesHref({ year: y.year }),
          }))}
        />
        <ChartCard
          title="Activities per theme"
          columnLabel="Theme"
          layout="vertical"
          allHref="/activities"
          bars={dashboard.perTheme.map((t) => ({
            label: THEME_LABELS[t.theme],
            value: t.count,
            href: activitiesHref({ theme: t.theme }),
          }))}
        />
        <ChartCard
          title="Activities per UN entity"
          columnLabel="UN entity"
          layout="vertical"
          allHref="/activities"
          bars={dashboard.perUnEntity.map((o) => ({
            label: o.label,
            value: o.count,
            href: activitiesHref({ org: o.code }),
          }))}
        />
        <ChartCard
          title="Activities per partner beyond the UN"
          columnLabel="Partner"
          layout="vertical"
          allHref="/activities"
          bars={dashboard.perPartner.map((o) => ({
            label: `${o.label} (${ORGANISATION_KIND_LABELS[o.kind].toLowerCase()})`,
            value: o.count,
            href: activitiesHref({ org: o.code }),
          }))}
        />
        <Card title="Participants by sex (approved reports)">
          {sexes.reports === 0 ? (
            <p className="text-sm text-slate-600">No approved report yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Participants by sex, from {sexes.reports} approved reports</caption>
              <tbody>
                {(["women", "men", "other"] as const).map((sex) => (
                  <tr key={sex} className="border-t border-slate-100">
                    <th scope="row" className="py-1 font-normal">
                      {SEX_LABELS[sex]}
                    </th>
                    <td className="py-1 text-right tabular-nums">{sexes[sex]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title="Upcoming 60 days">
          {dashboard.upcoming.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing scheduled in the next 60 days.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {dashboard.upcoming.map((a) => (
                <li key={a.id}>
                  <ActivityDates start={a.start} end={a.end} parts={a.parts} />:{" "}
                  <Link href={`/activities/${a.id}`} className="text-brand-700 underline hover:no-underline">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Date passed">
          {dashboard.datePassed.length === 0 ? (
            <p className="text-sm text-slate-600">Every scheduled activity is still to come.</p>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="date-passed">
              {dashboard.datePassed.map((a) => (
                <li key={a.id}>
                  <span className="font-semibold text-amber-900">{DATE_PASSED_MESSAGE}:</span>{" "}
                  <Link href={`/activities/${a.id}`} className="text-brand-700 underline hover:no-underline">
                    {a.title}
                  </Link>{" "}
                  (<ActivityDates start={a.start} end={a.end} parts={a.parts} />)
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Reports due">
          {dashboard.reportsDue.length === 0 ? (
            <p className="text-sm text-slate-600">No report is waiting.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {dashboard.reportsDue.map((r) => (
                <li key={`${r.activityId}-${r.organisation}`}>
                  <span className={r.overdue ? "font-semibold text-rose-800" : "font-medium"}>
                    {r.overdue ? "Overdue" : "Due"}:
                  </span>{" "}
                  {r.organisation} on{" "}
                  <Link href={`/activities/${r.activityId}`} className="text-brand-700 underline hover:no-underline">
                    {r.title}
                  </Link>{" "}
                  <span className="text-slate-600">
                    (due {formatDateAsGiven({ date: r.dueOn, precision: "day" })}
                    {r.overdue ? ", overdue" : ""})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
