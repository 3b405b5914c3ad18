import type { ActivityReports } from "@/lib/dal/reports/types";
import Link from "next/link";
import { ActivityDates } from "@/components/activities/activity-dates";
import { LocalTime } from "@/components/ui/local-time";
import { REPORT_STATE_LABELS } from "@/lib/domain";
import { ReportFigures } from "./report-figures";
import { ReportActions } from "./report-actions";

const STATE_STYLES = {
  submitted: "bg-sky-50 text-sky-900 ring-sky-300",
  approved: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  returned: "bg-amber-50 text-amber-900 ring-amber-300",
} as const;

function kilobytes(size: number) {
  return size < 1024 * 1024 ? `${Math.max(1, Math.round(size / 1024))} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

export function ReportList({ activityId, data }: { activityId: string; data: ActivityReports }) {
  return (
    <div className="space-y-4">
      {data.reports.length === 0 ? <p className="text-sm text-slate-600">No completion report yet.</p> : null}
      {data.reports.map((report) => (
        <article
          key={report.id}
          className="rounded-md border border-slate-200 p-4"
          aria-label={`Report of ${report.organisation.label}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{report.organisation.name}</h3>
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATE_STYLES[report.state]}`}
            >
              {REPORT_STATE_LABELS[report.state]}
            </span>
          </div>
          <p className="mt-1 text-sm text-slate-600">
            By {report.author}, <LocalTime iso={report.submittedAt.toISOString()} />. Took place{" "}
            <ActivityDates start={report.start} end={report.end} />.
          </p>
          <ReportFigures
            total={report.participantsTotal}
            bySex={report.participantsBySex}
            byGroup={report.participantsByGroup}
            outcomes={report.outcomes}
          />
          {report.followUp ? (
            <>
              <h4 className="mt-3 text-sm font-medium">Follow-up actions</h4>
              <p className="whitespace-pre-line text-sm text-slate-800">{report.followUp}</p>
            </>
          ) : null}
          {report.links.length > 0 ? (
            <ul className="mt-3 list-inside list-disc text-sm">
              {report.links.map((link) => (
                <li key={link}>
                  <a href={link} rel="noopener noreferrer" className="text-brand-700 underline">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {report.attachments.length > 0 ? (
            <ul className="mt-3 space-y-1 text-sm">
              {report.attachments.map((file) => (
                <li key={file.id}>
                  <a
                    href={`/activities/${activityId}/attachments/${file.id}`}
                    className="font-medium text-brand-700 underline"
                  >
                    {file.fileName}
                  </a>{" "}
                  <span className="text-slate-600">({kilobytes(file.size)})</span>
                </li>
              ))}
            </ul>
          ) : null}
          <ReportActions activityId={activityId} report={report} />
        </article>
      ))}
      {data.canReportFor.length > 0 ? (
        <Link
          href={`/activities/${activityId}/report`}
          className="inline-flex rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Submit report
        </Link>
      ) : null}
    </div>
  );
}
