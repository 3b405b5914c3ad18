import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { IatiActivity } from "@/lib/iati/publication";

// IATI Standard 2.03 activity XML (vendor/iati), written with xmlbuilder2 (maintained,
// pure JS). What each activity says is decided in lib/iati/publication.ts; this file only
// writes it in the schema's order.

export type { IatiActivity } from "@/lib/iati/publication";

export interface ReportingOrg {
  ref: string;
  name: string;
  /** Where the app is published: document links and the clause vocabulary point there. */
  baseUrl: string;
}

/** The app's public page of an edition's clauses: the vocabulary of sector vocabulary 99. */
export const clauseVocabularyUri = (baseUrl: string, edition: string) =>
  `${baseUrl}/public/plan/${encodeURIComponent(edition)}`;

// xmlbuilder2 leaves an "&" that starts an entity ("&amp;", "&#0;") as it is, and lets through
// characters XML 1.0 forbids: text as people typed it must come out as typed, in a file that
// parses. Forbidden characters become U+FFFD; every "&" is escaped here, once.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const text = (value: string) => value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;");

/** Whole percentages that add up to 100. */
function shares(n: number): number[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => base + (i < 100 - base * n ? 1 : 0));
}

const timestamp = (value: Date) => value.toISOString().slice(0, 19) + "Z";

function renderActivity(root: XMLBuilder, a: IatiActivity, reporting: ReportingOrg) {
  // Titles and summaries are in the activity's language (its xml:lang); what the app writes
  // itself (names of places, clauses, dates as recorded) is English and says so.
  const english = a.language === "en" ? {} : { "xml:lang": "en" };
  const narrative = (parent: XMLBuilder, value: string, attributes = {}) =>
    parent.ele("narrative", attributes).txt(text(value));
  const activity = root.ele("iati-activity", {
    "last-updated-datetime": timestamp(a.updatedAt),
    "xml:lang": a.language,
  });
  activity.ele("iati-identifier").txt(`${reporting.ref}-${a.id}`);
  narrative(activity.ele("reporting-org", { ref: reporting.ref, type: "40" }), reporting.name, english);
  narrative(activity.ele("title"), a.title);
  narrative(activity.ele("description", { type: "1" }), a.summary || a.title);
  for (const org of a.organisations) {
    narrative(
      activity.ele("participating-org", { ...(org.ref ? { ref: org.ref } : {}), role: org.role, type: org.type }),
      org.name,
      english,
    );
  }
  activity.ele("activity-status", { code: a.status });
  for (const date of a.dates) {
    const element = activity.ele("activity-date", { type: date.type, "iso-date": date.isoDate });
    if (date.asRecorded) narrative(element, `Recorded as ${date.asRecorded}`, english);
  }
  activity.ele("activity-scope", { code: a.scope });
  if ("country" in a.recipient) activity.ele("recipient-country", { code: a.recipient.country, percentage: "100" });
  else activity.ele("recipient-region", { code: a.recipient.region, vocabulary: "1", percentage: "100" });
  if (a.location) narrative(activity.ele("location").ele("name"), a.location, english);
  // Sector vocabulary 1 (DAC 5 digit): 15160 Human rights.
  activity.ele("sector", { vocabulary: "1", code: "15160", percentage: "100" });
  // Sector vocabulary 99 (reporting organisation's own): the Plan of Action clauses.
  const percentages = shares(a.clauses.length);
  a.clauses.forEach((clause, i) => {
    const sector = activity.ele("sector", {
      vocabulary: "99",
      "vocabulary-uri": clauseVocabularyUri(reporting.baseUrl, clause.edition),
      code: clause.number,
      percentage: String(percentages[i]),
    });
    narrative(sector, `${clause.framework ?? "ASEAN-UN Plan of Action"} ${clause.number}: ${clause.text}`, english);
  });
  // DocumentCategory A08: Results, outcomes and outputs (completion reports' files).
  for (const document of a.documents) {
    const link = activity.ele("document-link", {
      url: `${reporting.baseUrl}/public/attachments/${document.id}`,
      format: document.mediaType,
    });
    narrative(link.ele("title"), document.fileName);
    link.ele("category", { code: "A08" });
  }
}

export function renderIati(activities: IatiActivity[], reporting: ReportingOrg, now = new Date()): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: "2.03",
    "generated-datetime": timestamp(now),
  });
  for (const a of activities) renderActivity(root, a, reporting);
  return root.end({ prettyPrint: true });
}
