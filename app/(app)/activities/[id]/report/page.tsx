import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getActivity } from "@/lib/dal/activities/read";
import { getActivityReports, getReturnedReport } from "@/lib/dal/reports/completion-reports";
import { dateAsGiven, typedDate } from "@/lib/dates";
import type { ReportFormValues } from "@/lib/validation/report";
import { submitReportAction } from "../../actions";

export const metadata: Metadata = { title: "Completion report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const activity = await getActivity(user, id);
  if (!activity) notFound();
  const { canReportFor } = await getActivityReports(user, id);
  const back = (
    <Link href={`/activities/${id}`} className="text-sm font-medium text-brand-700 hover:underline">
      ← {activity.title}
    </Link>
  );
  if (canReportFor.length === 0) {
    return (
      <>
        {back}
        <div className="mt-4">
          <EmptyState title="There is no report for you to submit here.">
            Reports are written once an activity is completed, by a focal point of each involved organisation or by the
            secretariat.
          </EmptyState>
        </div>
      </>
    );
  }
  const organisationId = canReportFor[0]!.id;
  const returned = await getReturnedReport(user, id, organisationId);
  const defaults: ReportFormValues = {
    organisationId,
    actualStartDate: typedDate(
      returned ? dateAsGiven(returned.actualStartDate, returned.actualStartPrecision) : activity.start,
    ),
    actualStartPrecision: returned?.actualStartPrecision ?? activity.start?.precision ?? "day",
    actualEndDate: typedDate(
      returned ? dateAsGiven(returned.actualEndDate, returned.actualEndPrecision) : activity.end,
    ),
    actualEndPrecision: returned?.actualEndPrecision ?? activity.end?.precision ?? "day",
    participantsTotal: returned ? String(returned.participantsTotal) : "",
    bySex: {
      women: String(returned?.participantsBySex.women ?? ""),
      men: String(returned?.participantsBySex.men ?? ""),
      other: String(returned?.participantsBySex.other ?? ""),
    },
    byGroup: {
      government: String(returned?.participantsByGroup.government ?? ""),
      nhri: String(returned?.participantsByGroup.nhri ?? ""),
      civil_society: String(returned?.participantsByGroup.civil_society ?? ""),
      business: String(returned?.participantsByGroup.business ?? ""),
      un: String(returned?.participantsByGroup.un ?? ""),
      academia: String(returned?.participantsByGroup.academia ?? ""),
      other: String(returned?.participantsByGroup.other ?? ""),
    },
    outcomes: returned?.outcomes ?? "",
    followUp: returned?.followUp ?? "",
    links: returned?.links.join("\n") ?? "",
  };
  return (
    <>
      {back}
      <div className="mt-4">
        <PageHeader
          title="Completion report"
          description={returned ? "The report was returned: correct it and submit it again." : activity.title}
        />
        <ReportForm
          activityId={id}
          organisations={canReportFor}
          defaults={defaults}
          submit={submitReportAction.bind(null, id, returned?.version ?? 0)}
        />
      </div>
    </>
  );
}
