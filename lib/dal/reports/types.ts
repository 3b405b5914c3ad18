import type { DateAsGiven } from "@/lib/dates";
import type { ReportState } from "@/lib/domain";
import type { ReportAction } from "@/lib/workflow/report";

// What the report pages hand to client components: types only, importable from either side.

export interface ReportView {
  id: string;
  organisation: { id: string; label: string; name: string };
  author: string;
  state: ReportState;
  version: number;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  participantsTotal: number;
  participantsBySex: Record<string, number>;
  participantsByGroup: Record<string, number>;
  outcomes: string;
  followUp: string | null;
  links: string[];
  submittedAt: Date;
  attachments: Array<{ id: string; fileName: string; mediaType: string; size: number }>;
  actions: Array<{ action: Exclude<ReportAction, "submit_report">; label: string; needsComment: boolean }>;
}

export interface ActivityReports {
  reports: ReportView[];
  /** Organisations this user may submit (or resubmit) a report for now. */
  canReportFor: Array<{ id: string; label: string }>;
}
