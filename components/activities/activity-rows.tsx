"use client";

import Link from "next/link";
import { Fragment } from "react";
import { Highlighted } from "@/components/ui/highlighted";
import type { ActivityStatus, ReviewState } from "@/lib/domain";
import { DATE_PASSED_MESSAGE } from "@/lib/date-passed";
import { DatesText } from "./activity-dates";
import { StatusBadge } from "./status-badge";

/**
 * One row of the activity list, reduced on the server to what the row shows. The rows are
 * drawn here rather than as server components because everything a server component renders
 * crosses to the browser twice: once as HTML and once more as React's payload describing
 * each element (tag, class names, children), which for 50 rows weighed 1.7 times the HTML.
 * These few fields are the payload now, and the markup is drawn from them.
 */
export interface ActivityRow {
  id: string;
  /** The title; in a search (`marked`), with its matches marked (lib/highlight-marks). */
  title: string;
  /** With a search: a snippet of the summary, matches marked. */
  snippet?: string;
  dates: { text: string; machine: string | null };
  place: string | null;
  status: ActivityStatus;
  /** Where a draft's review stands; absent where the record-keepers' notes are not shown. */
  review?: ReviewState;
  /** A scheduled activity whose date has passed (record-keepers' note). */
  passed?: true;
  /** The lead and the UN entities: indexes into the table's `organisations`. */
  lead: number;
  unEntities: number[];
  clauses: string;
}

/** Each organisation the page's rows name, once: [label, name]. */
export type RowOrganisation = [label: string, name: string];

function Organisation({ of }: { of: RowOrganisation }) {
  const [label, name] = of;
  // A name written out in full is no abbreviation: nothing to expand.
  return label === name ? label : <abbr title={name}>{label}</abbr>;
}

export function ActivityRows({
  rows,
  organisations,
  basePath,
  marked,
}: {
  rows: ActivityRow[];
  organisations: RowOrganisation[];
  basePath: string;
  /** The rows are a search's: titles and snippets carry marks. */
  marked: boolean;
}) {
  return rows.map((row) => (
    <tr key={row.id}>
      <td>
        <Link href={`${basePath}/${row.id}`} prefetch={false}>
          {marked ? <Highlighted text={row.title} /> : row.title}
        </Link>
        {row.snippet ? (
          <p data-testid="search-snippet">
            <Highlighted text={row.snippet} />
          </p>
        ) : null}
      </td>
      <td>
        <DatesText {...row.dates} />
        {row.place ? <span>{row.place}</span> : null}
      </td>
      <td>
        <StatusBadge status={row.status} reviewState={row.review} />
        {row.passed ? <span>{DATE_PASSED_MESSAGE}</span> : null}
      </td>
      <td>
        <Organisation of={organisations[row.lead]!} />
      </td>
      <td>
        {row.unEntities.length > 0 ? (
          row.unEntities.map((index, i) => (
            <Fragment key={index}>
              {i > 0 ? ", " : ""}
              <Organisation of={organisations[index]!} />
            </Fragment>
          ))
        ) : (
          <span className="text-slate-500">None recorded</span>
        )}
      </td>
      <td>{row.clauses}</td>
    </tr>
  ));
}
