import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityDates } from "@/components/activities/activity-dates";
import { StatusBadge } from "@/components/activities/status-badge";
import { SummaryCard } from "@/components/activities/summary-card";
import { ReportFigures } from "@/components/reports/report-figures";
import { SeriesFact } from "@/components/series/series-fact";
import { Card } from "@/components/ui/card";
import { heldAt } from "@/lib/activity-mode";
import { formatActivityDates } from "@/lib/dates";
import { ACTIVITY_TYPE_LABELS, INVOLVEMENT_ROLE_LABELS, THEME_LABELS } from "@/lib/domain";
import { cachedPublishedActivity } from "@/lib/public-record-cache";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const activity = await cachedPublishedActivity(id);
  if (!activity) return { title: "Activity not found" };
  const description = [
    formatActivityDates(activity.start, activity.end, activity.parts),
    heldAt(activity.mode, activity.place),
    activity.summary,
  ]
    .filter(Boolean)
    .join(" · ")
    .slice(0, 300);
  const url = `/public/activities/${id}`;
  return {
    title: activity.title,
    description,
    alternates: { canonical: url },
    openGraph: { title: activity.title, description, url, type: "article" },
  };
}

const FACT = "text-sm text-slate-800";

/** One published activity as the public record gives it: no people, only organisations and what they reported. */
export default async function PublicActivityPage({ params }: Props) {
  const activity = await cachedPublishedActivity((await params).id);
  if (!activity) notFound();
  return (
    <article className="space-y-6">
      <div>
        <Link href="/public" className="text-sm font-medium text-brand-700 hover:underline">
          ← All published activities
        </Link>
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <h1 className="max-w-4xl text-2xl font-semibold tracking-tight">{activity.title}</h1>
          <StatusBadge status={activity.status} />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <SummaryCard summary={activity.summary} />
          <Card title="Reports">
            {activity.reports.length === 0 ? (
              <p className="text-sm text-slate-600">No approved report yet.</p>
            ) : (
              <ul className="space-y-6">
                {activity.reports.map((report) => (
                  <li key={report.organisation.code} data-testid="public-report">
                    <h3 className="font-semibold">{report.organisation.name}</h3>
                    <p className="mt-1 text-sm text-slate-600">
                      Took place <ActivityDates start={report.actualStart} end={report.actualEnd} />.
                    </p>
                    <ReportFigures
                      total={report.participantsTotal}
                      bySex={report.participantsBySex}
                      byGroup={report.participantsByGroup}
                      outcomes={report.outcomes}
                    />
                    {report.attachments.length > 0 ? (
                      <ul className="mt-3 list-inside list-disc text-sm">
                        {report.attachments.map((file) => (
                          <li key={file.id}>
                            <a href={`/public/attachments/${file.id}`} className="text-brand-700 underline">
                              {file.fileName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Facts">
            <dl className="space-y-2">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">When</dt>
                <dd className={FACT}>
                  <ActivityDates start={activity.start} end={activity.end} parts={activity.parts} />
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">Where</dt>
                <dd className={FACT}>{heldAt(activity.mode, activity.place) ?? "No place recorded"}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">Type</dt>
                <dd className={FACT}>{ACTIVITY_TYPE_LABELS[activity.type]}</dd>
              </div>
              <SeriesFact series={activity.series} />
              {activity.themes.length > 0 ? (
                <div>
                  <dt className="text-xs font-medium uppercase text-slate-600">Themes</dt>
                  <dd className={FACT}>{activity.themes.map((t) => THEME_LABELS[t]).join(", ")}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card title="Organisations">
            <ul className="space-y-1 text-sm">
              {activity.organisations.map((o) => (
                <li key={o.code}>
                  <span className="font-medium">{o.name}</span>{" "}
                  <span className="text-slate-600">({INVOLVEMENT_ROLE_LABELS[o.role]})</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Plan of Action clauses">
            {activity.clauses.length === 0 ? (
              <p className="text-sm text-slate-600">No clause linked.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {activity.clauses.map((c) => (
                  <li key={`${c.edition}-${c.number}`}>
                    <Link href={`/public/plan/${c.edition}`} className="font-semibold text-brand-700 hover:underline">
                      {c.number}
                    </Link>{" "}
                    {c.text}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </article>
  );
}
