import { create } from "xmlbuilder2";
import type { DateAsGiven } from "@/lib/dates";
import { exclusiveEnd } from "@/lib/dates";
import type { ActivityStatus, InvolvementRole, OrganisationKind } from "@/lib/domain";

// IATI Standard 2.03 activity XML (vendor/iati), written with xmlbuilder2 (maintained,
// pure JS). Every code comes from the IATI code lists; the mapping is documented here.

export interface IatiActivity {
  id: string;
  title: string;
  summary: string | null;
  status: ActivityStatus;
  reportApproved: boolean;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  countryCode: string | null;
  updatedAt: Date;
  organisations: Array<{ name: string; iatiRef: string | null; kind: OrganisationKind; role: InvolvementRole }>;
  clauses: Array<{ number: string; text: string }>;
  /** Published attachments of approved reports. */
  documents: Array<{ id: string; fileName: string; mediaType: string }>;
}

export interface ReportingOrg {
  ref: string;
  name: string;
  /** Where the app is published: document links point there. */
  baseUrl: string;
}

// ActivityStatus: 1 Pipeline/identification, 3 Finalisation, 4 Closed, 5 Cancelled.
function activityStatus(a: IatiActivity): string {
  if (a.status === "cancelled") return "5";
  if (a.status === "completed") return a.reportApproved ? "4" : "3";
  return "1";
}

// OrganisationRole: 2 Accountable for the lead; 4 Implementing for those who organise,
// support or take part (funding is not recorded, so 1 Funding is never claimed).
const ROLE: Record<InvolvementRole, string> = { lead: "2", co_organiser: "4", supporting: "4", participant: "4" };

// OrganisationType: 40 Multilateral for UN entities, ASEAN bodies and intergovernmental
// partners; 10 Government for the AICHR representatives of member states.
const TYPE: Record<OrganisationKind, string> = {
  un_entity: "40",
  asean_body: "40",
  aichr_representative: "10",
  external_partner: "40",
};

/** The last day a date covers, for IATI's day dates: "June 2018" ends on 30 June 2018. */
const lastDay = (date: DateAsGiven) => {
  const next = new Date(`${exclusiveEnd(date)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
};

/** Whole percentages that add up to 100. */
// xmlbuilder2 leaves an "&" that starts an entity ("&amp;", "&#0;") as it is, and lets through
// characters XML 1.0 forbids: text as people typed it must come out as typed, in a file that
// parses. Forbidden characters become U+FFFD; every "&" is escaped here, once.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const text = (value: string) => value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;");

function shares(n: number): number[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 100 - base * n ? 1 : 0));
}

export function renderIati(activities: IatiActivity[], reporting: ReportingOrg, now = new Date()): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: "2.03",
    "generated-datetime": now.toISOString().slice(0, 19) + "Z",
  });
  for (const a of activities) {
    const activity = root.ele("iati-activity", {
      "last-updated-datetime": a.updatedAt.toISOString().slice(0, 19) + "Z",
      "xml:lang": "en",
    });
    activity.ele("iati-identifier").txt(`${reporting.ref}-${a.id}`);
    activity.ele("reporting-org", { ref: reporting.ref, type: "40" }).ele("narrative").txt(text(reporting.name));
    activity.ele("title").ele("narrative").txt(text(a.title));
    activity
      .ele("description", { type: "1" })
      .ele("narrative")
      .txt(text(a.summary || a.title));
    for (const org of a.organisations) {
      const attributes: Record<string, string> = { role: ROLE[org.role], type: TYPE[org.kind] };
      if (org.iatiRef) attributes.ref = org.iatiRef;
      activity.ele("participating-org", attributes).ele("narrative").txt(text(org.name));
    }
    activity.ele("activity-status", { code: activityStatus(a) });
    // ActivityDateType: 1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end.
    const done = a.status === "completed";
    if (a.start) {
      activity.ele("activity-date", { type: done ? "2" : "1", "iso-date": a.start.date });
      activity.ele("activity-date", { type: done ? "4" : "3", "iso-date": lastDay(a.end ?? a.start) });
    } else {
      activity.ele("activity-date", { type: "1", "iso-date": a.updatedAt.toISOString().slice(0, 10) });
    }
    activity.ele("activity-scope", { code: a.countryCode ? "4" : "2" });
    if (a.countryCode) activity.ele("recipient-country", { code: a.countryCode, percentage: "100" });
    // Region vocabulary 1 (OECD DAC): 798 Asia, regional, for activities of the region as a whole.
    else activity.ele("recipient-region", { code: "798", vocabulary: "1", percentage: "100" });
    // Sector vocabulary 1 (DAC 5 digit): 15160 Human rights.
    activity.ele("sector", { vocabulary: "1", code: "15160", percentage: "100" });
    // Sector vocabulary 99 (reporting organisation's own): the Plan of Action clauses.
    a.clauses.forEach((clause, i) => {
      activity
        .ele("sector", { vocabulary: "99", code: clause.number, percentage: String(shares(a.clauses.length)[i]) })
        .ele("narrative")
        .txt(text(`ASEAN-UN Plan of Action ${clause.number}: ${clause.text}`));
    });
    // DocumentCategory A08: Results, outcomes and outputs (completion reports' files).
    for (const document of a.documents) {
      const link = activity.ele("document-link", {
        url: `${reporting.baseUrl}/public/attachments/${document.id}`,
        format: document.mediaType,
      });
      link.ele("title").ele("narrative").txt(text(document.fileName));
      link.ele("category", { code: "A08" });
    }
  }
  return root.end({ prettyPrint: true });
}
