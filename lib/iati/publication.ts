import type { DateAsGiven } from "../dates";
import { formatDateAsGiven, lastDay } from "../dates";
import type {
  ActivityMode,
  ActivityScope,
  ActivityStatus,
  InvolvementRole,
  OrganisationKind,
  ReportState,
} from "../domain";
import { ACTIVITY_SCOPE_CODE, DEFAULT_ORGANISATION_TYPE, ORGANISATION_ROLE, RECIPIENT_REGION } from "./codes";
import { placeName } from "../countries";
import { owesReport } from "../reports-due";

// What the IATI export may say about an activity, decided from the record alone: whether
// it is published at all, its status from its state and dates, which dates (planned or
// actual, never invented) and who took part in which role. Pure, so the export, its
// report page and the tests read one answer.

/** An activity as the data layer reads it for publication. */
export interface IatiCandidate {
  id: string;
  title: string;
  summary: string | null;
  status: ActivityStatus;
  publishToIati: boolean;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  scope: ActivityScope;
  language: string;
  /** An online activity has no location to publish; in person when not said. */
  mode?: ActivityMode;
  city: string | null;
  countryCode: string | null;
  updatedAt: Date;
  organisations: Array<{
    id: string;
    name: string;
    iatiRef: string | null;
    iatiType: string | null;
    kind: OrganisationKind;
    countryCode: string | null;
    role: InvolvementRole;
  }>;
  reports: Array<{ organisationId: string; state: ReportState }>;
  /** `edition` is the edition's code (the vocabulary-uri's page); `framework` its plan's name. */
  clauses: Array<{ number: string; text: string; edition: string; framework?: string }>;
  /** Published attachments of approved reports. */
  documents: Array<{ id: string; fileName: string; mediaType: string }>;
}

export interface IatiDate {
  /** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
  type: "1" | "2" | "3" | "4";
  isoDate: string;
  /** The date as recorded, when it is a month or a year rather than a day. */
  asRecorded: string | null;
}

/** An activity as it is published: every value already an IATI code. */
export interface IatiActivity {
  id: string;
  title: string;
  summary: string | null;
  language: string;
  updatedAt: Date;
  /** ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled. */
  status: "1" | "2" | "3" | "4" | "5";
  dates: IatiDate[];
  scope: "1" | "2" | "3" | "4";
  recipient: { country: string } | { region: string };
  /** The venue, as a place name: where it met, not who it was for. */
  location: string | null;
  organisations: Array<{ name: string; ref: string | null; type: string; role: "2" | "4" }>;
  /** `edition` is the edition's code (the vocabulary-uri's page); `framework` its plan's name. */
  clauses: Array<{ number: string; text: string; edition: string; framework?: string }>;
  documents: Array<{ id: string; fileName: string; mediaType: string }>;
}

export const LEFT_OUT_REASONS = {
  draft: "Draft: not yet reviewed",
  not_marked: "Not marked for publication",
  undated: "No date recorded",
  future_completion: "Completed, but its dates lie in the future",
  no_country: "National scope, but no country recorded",
} as const;
export type LeftOutReason = keyof typeof LEFT_OUT_REASONS;

export type Publication = { activity: IatiActivity } | { leftOut: LeftOutReason };

const asRecorded = (date: DateAsGiven) => (date.precision === "day" ? null : formatDateAsGiven(date));

/** Planned dates while it is to come (or was called off), actual ones once it took place. */
function activityDates(a: IatiCandidate, start: DateAsGiven): IatiDate[] {
  const actual = a.status === "completed";
  const end = a.end ?? start;
  return [
    { type: actual ? "2" : "1", isoDate: start.date, asRecorded: asRecorded(start) },
    { type: actual ? "4" : "3", isoDate: lastDay(end), asRecorded: asRecorded(end) },
  ];
}

/**
 * Finalisation while a report is owed or waiting for approval, closed once every report
 * is approved (or none is owed); pipeline before the start, implementation after it.
 */
function activityStatus(a: IatiCandidate, start: DateAsGiven, today: string): IatiActivity["status"] {
  if (a.status === "cancelled") return "5";
  if (a.status === "completed") {
    const reported = new Map(a.reports.map((r) => [r.organisationId, r.state]));
    const open =
      a.reports.some((r) => r.state !== "approved") ||
      a.organisations.some((o) => owesReport(o) && !reported.has(o.id));
    return open ? "3" : "4";
  }
  return start.date > today ? "1" : "2";
}

function recipient(a: IatiCandidate): IatiActivity["recipient"] | null {
  if (a.scope !== "national") return { region: RECIPIENT_REGION[a.scope] };
  // A national activity is its member state's: where it met, else whom its lead represents.
  const lead = a.organisations.find((o) => o.role === "lead");
  const country = a.countryCode ?? lead?.countryCode;
  return country ? { country } : null;
}

/** The <location> an activity is published with: its venue, none for an online activity. */
function iatiLocation(a: Pick<IatiCandidate, "mode" | "city" | "countryCode">): string | null {
  return a.mode === "online" ? null : placeName(a.city, a.countryCode);
}

export function decidePublication(a: IatiCandidate, now: Date): Publication {
  if (a.status === "draft") return { leftOut: "draft" };
  if (!a.publishToIati) return { leftOut: "not_marked" };
  if (!a.start) return { leftOut: "undated" };
  const today = now.toISOString().slice(0, 10);
  // An actual date in the future would be invented: the record says it took place, its dates do not.
  if (a.status === "completed" && a.start.date > today) return { leftOut: "future_completion" };
  const to = recipient(a);
  if (!to) return { leftOut: "no_country" };
  let dates = activityDates(a, a.start);
  // Completed before its recorded end (a month or year not yet over): the end is not yet known.
  if (a.status === "completed") dates = dates.filter((d) => d.type !== "4" || d.isoDate <= today);
  return {
    activity: {
      id: a.id,
      title: a.title,
      summary: a.summary,
      language: a.language,
      updatedAt: a.updatedAt,
      status: activityStatus(a, a.start, today),
      dates,
      scope: ACTIVITY_SCOPE_CODE[a.scope],
      recipient: to,
      location: iatiLocation(a),
      organisations: a.organisations.flatMap((o) => {
        const role = ORGANISATION_ROLE[o.role];
        return role
          ? [{ name: o.name, ref: o.iatiRef, type: o.iatiType ?? DEFAULT_ORGANISATION_TYPE[o.kind], role }]
          : [];
      }),
      clauses: a.clauses,
      documents: a.documents,
    },
  };
}
