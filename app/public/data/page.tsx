import type { Metadata } from "next";
import { ApiReference, type ApiDocument } from "@/components/api/api-reference";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { openApiDocument } from "@/lib/api/openapi";
import { appUrl } from "@/lib/env";

const DESCRIPTION =
  "The published record as data: the IATI file, calendar feeds and a read API documented in OpenAPI 3.1.";

export const metadata: Metadata = {
  title: "Open data",
  description: DESCRIPTION,
  alternates: { canonical: "/public/data" },
  openGraph: { title: "ASEAN-UN human-rights cooperation: open data", description: DESCRIPTION, url: "/public/data" },
};

const LINK = "font-medium text-brand-700 underline";

/** Where the published record can be fetched as data, and the API's reference. */
export default function OpenDataPage() {
  const base = appUrl();
  return (
    <>
      <PageHeader title="Open data" description={DESCRIPTION} />
      <Card title="Files and feeds" className="mb-8">
        <ul className="space-y-2 text-sm">
          <li>
            <a href="/public/iati/activities.xml" className={LINK}>
              IATI 2.03 activity file
            </a>{" "}
            <code className="break-all text-slate-600">{base}/public/iati/activities.xml</code>: every published
            activity, for the IATI Registry.
          </li>
          <li>
            <a href="/public/calendar.ics" className={LINK}>
              Calendar feed (ICS)
            </a>{" "}
            <code className="break-all text-slate-600">{base}/public/calendar.ics</code>: subscribe in any calendar app;
            add the register&apos;s filters, e.g. <code>?org=UNICEF</code> or <code>?clause=1.2.4</code>.
          </li>
          <li>
            <a href="/api/v1/openapi.json" className={LINK}>
              OpenAPI 3.1 document
            </a>{" "}
            of the read API below, to generate a client from.
          </li>
        </ul>
      </Card>
      <h2 className="mb-4 text-xl font-semibold tracking-tight">Read API</h2>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">
        JSON over HTTPS, no sign-in needed for the published record. Every answer carries an <code>ETag</code>: send it
        back as <code>If-None-Match</code> and an unchanged answer is a bodiless 304. Errors are problem details (
        <code>application/problem+json</code>). Dates are ISO 8601 cut to the precision recorded. For incremental sync,
        ask <code>/activities?updated_since=…</code> and follow <code>next_cursor</code> to the end.
      </p>
      <ApiReference document={openApiDocument(base) as ApiDocument} />
    </>
  );
}
