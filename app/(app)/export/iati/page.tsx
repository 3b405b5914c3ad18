import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { iatiPublication } from "@/lib/dal/activities/iati-publication";
import { renderIati } from "@/lib/exports/iati";
import { LEFT_OUT_REASONS, type LeftOutReason } from "@/lib/iati/publication";
import { iatiReportingOrg, reportingRefWarning } from "@/lib/iati/reporting-org";
import { checkIatiRules } from "@/lib/iati/rules";
import { checkIatiSchema } from "@/lib/iati/schema-check";
import { IATI_STATUS_LABELS } from "@/lib/iati/status-labels";
import type { SearchParams } from "@/lib/search-params";
import { activitiesHref, parseActivityFilters } from "@/lib/validation/activity-filters";

export const metadata: Metadata = { title: "IATI export" };
export const dynamic = "force-dynamic";

const SHOWN = 200;

/** What the IATI file of the list (with its filters) would publish, leave out and why, checked before download. */
export default async function IatiExportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { filters } = parseActivityFilters(await searchParams);
  const now = new Date();
  const { published, leftOut } = await iatiPublication(user, filters, now);
  // Links in the checked file point at NEXTAUTH_URL, as in the download; never at a request header.
  const reporting = iatiReportingOrg("http://localhost");
  const xml = published.length > 0 ? renderIati(published, reporting, now) : null;
  const schema = xml ? checkIatiSchema(xml) : null;
  const problems = xml
    ? checkIatiRules(xml, { today: now.toISOString().slice(0, 10), unpublishable: new Set(leftOut.map((a) => a.id)) })
    : [];
  const query = activitiesHref(filters).split("?")[1] ?? "";
  const warning = reportingRefWarning();
  const byReason = Object.keys(LEFT_OUT_REASONS)
    .map((reason) => [reason as LeftOutReason, leftOut.filter((a) => a.reason === reason)] as const)
    .filter(([, rows]) => rows.length > 0);
  return (
    <>
      <PageHeader
        title="IATI export"
        description="What the IATI 2.03 file of these activities publishes, what it leaves out and why, and whether the file keeps IATI's schema and rules."
        actions={
          xml ? (
            <a
              href={`/export/iati.xml${query ? `?${query}` : ""}`}
              className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Download the IATI file
            </a>
          ) : null
        }
      />
      <div className="space-y-6">
        {warning ? <Alert tone="warning">{warning}</Alert> : null}
        <Card title="Validation">
          {!xml ? (
            <p className="text-sm text-slate-700">No activity here can be published, so there is no file to check.</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="iati-validation">
              <li>
                Schema (IATI 2.03, xmllint):{" "}
                <strong>{schema!.valid === null ? "not checked" : schema!.valid ? "valid" : "invalid"}</strong>
                {schema!.valid === false || schema!.valid === null ? (
                  <pre className="mt-1 whitespace-pre-wrap text-xs text-slate-700">{schema!.report}</pre>
                ) : null}
              </li>
              <li>
                IATI rules (identifiers, code lists, dates, status, percentages):{" "}
                <strong>{problems.length === 0 ? "all kept" : `${problems.length} broken`}</strong>
                {problems.length > 0 ? (
                  <ul className="mt-1 list-inside list-disc text-xs text-slate-700">
                    {problems.slice(0, 50).map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            </ul>
          )}
        </Card>
        <Card title={`Published: ${published.length}`}>
          <ul className="divide-y divide-slate-100 text-sm" data-testid="iati-published">
            {published.slice(0, SHOWN).map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                <Link href={`/activities/${a.id}`} className="font-medium text-brand-700 hover:underline">
                  {a.title}
                </Link>
                <span className="text-slate-600">{IATI_STATUS_LABELS[a.status]}</span>
              </li>
            ))}
          </ul>
          {published.length > SHOWN ? (
            <p className="mt-2 text-sm text-slate-600">and {published.length - SHOWN} more.</p>
          ) : null}
        </Card>
        <Card title={`Left out: ${leftOut.length}`}>
          {byReason.length === 0 ? <p className="text-sm text-slate-700">Nothing is left out.</p> : null}
          <div className="space-y-4" data-testid="iati-left-out">
            {byReason.map(([reason, rows]) => (
              <section key={reason} aria-label={LEFT_OUT_REASONS[reason]}>
                <h3 className="text-sm font-semibold text-slate-900">
                  {LEFT_OUT_REASONS[reason]} ({rows.length})
                </h3>
                <ul className="mt-1 list-inside list-disc text-sm">
                  {rows.slice(0, SHOWN).map((a) => (
                    <li key={a.id}>
                      <Link href={`/activities/${a.id}`} className="text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                    </li>
                  ))}
                </ul>
                {rows.length > SHOWN ? <p className="text-sm text-slate-600">and {rows.length - SHOWN} more.</p> : null}
              </section>
            ))}
          </div>
        </Card>
      </div>
    </>
  );
}
