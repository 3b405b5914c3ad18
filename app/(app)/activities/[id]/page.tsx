import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityFacts } from "@/components/activities/activity-facts";
import { IatiPublicationToggle } from "@/components/activities/iati-publication-toggle";
import { StatusBadge } from "@/components/activities/status-badge";
import { SummaryCard } from "@/components/activities/summary-card";
import { RetiredBadge } from "@/components/organisations/retired-badge";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { ActivityActions } from "@/components/workflow/activity-actions";
import { History } from "@/components/activities/history";
import { ReportList } from "@/components/reports/report-list";
import { getActivity } from "@/lib/dal/activities/read";
import { formatActivityDates, typedDate } from "@/lib/dates";
import { getActivityHistory } from "@/lib/dal/activities/history";
import { findOverlaps } from "@/lib/dal/activities/overlaps";
import { Alert } from "@/components/ui/alert";
import { ActivityDates } from "@/components/activities/activity-dates";
import { getActivityReports } from "@/lib/dal/reports/completion-reports";
import { DATE_PASSED_MESSAGE } from "@/lib/date-passed";
import { INVOLVEMENT_ROLE_LABELS, ORGANISATION_KIND_LABELS } from "@/lib/domain";
import { getQueue } from "@/lib/dal/activities/queue";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { ACTIVITY_TRANSITIONS, activityTransition, type ActivityAction } from "@/lib/workflow/activity";
import { SubmissionChecklist } from "@/components/activities/form/submission-checklist";
import { TransitionDone } from "@/components/workflow/transition-done";
import { ActivitySeriesLink } from "@/components/series/activity-series-link";

/** The action just taken (?done=, set by the page's buttons and the form), if it is one. */
const doneAction = (raw: string | undefined): ActivityAction | null =>
  ACTIVITY_TRANSITIONS.find((t) => t.action === raw)?.action ?? null;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Metadata and page share one lookup per request.
const loadActivity = cache(async (id: string) => {
  const user = await requireUser();
  return getActivity(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const activity = await loadActivity((await params).id);
  return { title: activity?.title ?? "Activity not found" };
}

export default async function ActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const activity = await loadActivity(id);
  if (!activity) notFound();
  const user = await requireUser();
  const done = doneAction(firstParam(await searchParams, "done"));
  const [reports, history, overlaps, queue] = await Promise.all([
    getActivityReports(user, id),
    getActivityHistory(user, id),
    findOverlaps(user, id),
    // After a review, what waits next: the reviewer goes on without a detour through the queue.
    done && user.role === "reviewer" ? getQueue(user) : [],
  ]);
  const next = queue.find((item) => item.activityId !== id);
  return (
    <article className="space-y-6">
      <div>
        <Link href="/activities" className="text-sm font-medium text-brand-700 hover:underline">
          ← All activities
        </Link>
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <h1 className="max-w-4xl text-2xl font-semibold tracking-tight">{activity.title}</h1>
          <span data-testid="activity-status">
            <StatusBadge status={activity.status} reviewState={activity.reviewState} />
          </span>
        </div>
        <ActivitySeriesLink series={activity.series} />
        {done ? (
          <div className="mt-4">
            <TransitionDone message={activityTransition(done).done} next={next} />
          </div>
        ) : null}
        {activity.submission ? (
          <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <SubmissionChecklist problems={activity.submission} formHref={`/activities/${id}/edit`} />
          </div>
        ) : null}
        <div className="mt-4">
          <ActivityActions
            activity={{ id: activity.id, version: activity.version, actions: activity.actions }}
            schedule={{
              startDate: typedDate(activity.start),
              startPrecision: activity.start?.precision ?? "day",
              endDate: typedDate(activity.end),
              endPrecision: activity.end?.precision ?? "day",
              city: activity.city ?? "",
              countryCode: activity.countryCode ?? "",
              mode: activity.mode,
              heldInParts:
                activity.parts.length > 1 ? formatActivityDates(activity.start, activity.end, activity.parts) : null,
            }}
          />
        </div>
      </div>
      {activity.datePassed ? (
        <Alert tone="warning">
          <p className="font-semibold" data-testid="date-passed">
            {DATE_PASSED_MESSAGE}
          </p>
          <p>Its date has passed and it is still scheduled: the record no longer matches the calendar.</p>
        </Alert>
      ) : null}
      {overlaps.length > 0 && (activity.status === "draft" || activity.status === "scheduled") ? (
        <Alert tone="warning">
          <p className="font-semibold">
            Possible overlap: {overlaps.length === 1 ? "another activity" : `${overlaps.length} other activities`} in
            the same country at the same time share a clause or a theme.
          </p>
          <ul className="mt-1 list-inside list-disc" data-testid="overlaps">
            {overlaps.map((o) => (
              <li key={o.id}>
                <Link href={`/activities/${o.id}`} className="font-medium underline">
                  {o.title}
                </Link>{" "}
                (<ActivityDates start={o.start} end={o.end} parts={o.parts} />)
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <SummaryCard summary={activity.summary} />
          <Card title="Plan of Action clauses">
            <ul className="space-y-4">
              {activity.clauses.map((clause) => (
                <li key={`${clause.edition}-${clause.number}`}>
                  <p className="text-sm font-semibold text-slate-900">
                    <Link
                      href={`/activities?clause=${clause.number}`}
                      className="text-brand-700 underline hover:no-underline"
                    >
                      {clause.number}
                    </Link>
                    {clause.isPrimary ? (
                      <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">
                        Primary
                      </span>
                    ) : null}
                    <span className="ml-2 text-xs font-normal text-slate-600">{clause.edition}</span>
                  </p>
                  <p className="mt-1 text-sm leading-6 text-slate-700">{clause.text}</p>
                </li>
              ))}
            </ul>
          </Card>
          {activity.status === "completed" || reports.reports.length > 0 ? (
            <div id="reports">
              <Card title="Completion reports">
                <ReportList activityId={activity.id} data={reports} />
              </Card>
            </div>
          ) : null}
          <Card title="History">
            <History events={history} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Details">
            <ActivityFacts activity={activity} />
            {activity.canSetPublication ? (
              <IatiPublicationToggle id={activity.id} publish={activity.publishToIati} />
            ) : null}
          </Card>
          <Card title="Organisations">
            <ul className="divide-y divide-slate-100">
              {activity.organisations.map((org) => (
                <li key={org.code} className="py-2 text-sm">
                  <p className="font-medium text-slate-900">
                    {org.name}
                    {org.retired ? <RetiredBadge /> : null}
                  </p>
                  <p className="text-slate-600">
                    {INVOLVEMENT_ROLE_LABELS[org.role]} · {ORGANISATION_KIND_LABELS[org.kind]}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </article>
  );
}
