import type { z } from "zod";
import type { DateAsGiven } from "@/lib/dates";
import type { PublicActivity, PublicReport, SyncPosition } from "@/lib/dal/public/activities";
import type { activitySchema, reportSchema } from "@/lib/validation/api-v1";

// The data layer's DTOs as the API's JSON: snake_case names fixed by lib/validation/api-v1.ts,
// dates as ISO 8601 cut to the precision recorded (2019, 2019-05, 2019-05-02).

const LENGTH = { year: 4, month: 7, day: 10 } as const;

export const isoToPrecision = (date: DateAsGiven | null) => (date ? date.date.slice(0, LENGTH[date.precision]) : null);

export function reportJson(report: PublicReport, baseUrl: string): z.infer<typeof reportSchema> {
  return {
    organisation: report.organisation,
    actual_start: isoToPrecision(report.actualStart)!,
    actual_start_precision: report.actualStart.precision,
    actual_end: isoToPrecision(report.actualEnd),
    actual_end_precision: report.actualEnd?.precision ?? null,
    participants: {
      total: report.participantsTotal,
      by_sex: report.participantsBySex,
      by_group: report.participantsByGroup,
    },
    outcomes: report.outcomes,
    attachments: report.attachments.map((file) => ({
      id: file.id,
      file_name: file.fileName,
      media_type: file.mediaType,
      url: `${baseUrl}/public/attachments/${file.id}`,
    })),
  };
}

export function activityJson(a: PublicActivity, baseUrl: string): z.infer<typeof activitySchema> {
  return {
    id: a.id,
    url: `${baseUrl}/public/activities/${a.id}`,
    title: a.title,
    summary: a.summary,
    type: a.type,
    status: a.status,
    start: isoToPrecision(a.start),
    start_precision: a.start?.precision ?? null,
    end: isoToPrecision(a.end),
    end_precision: a.end?.precision ?? null,
    date_parts: a.parts.map((p) => ({
      start: isoToPrecision(p.start)!,
      start_precision: p.start.precision,
      end: isoToPrecision(p.end),
      end_precision: p.end?.precision ?? null,
    })),
    place: a.place,
    mode: a.mode,
    country_code: a.countryCode,
    scope: a.scope,
    themes: a.themes,
    organisations: a.organisations,
    clauses: a.clauses,
    reports: a.reports.map((r) => reportJson(r, baseUrl)),
    updated_at: a.updatedAt,
    series: a.series,
  };
}

/** An opaque cursor: the position, base64url. A cursor that does not decode is refused as invalid. */
export const encodeCursor = (position: SyncPosition) =>
  Buffer.from(`${position.updatedAt}|${position.id}`).toString("base64url");

export function decodeCursor(cursor: string): SyncPosition | null {
  const [updatedAt, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const valid =
    updatedAt && id && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(updatedAt) && /^[0-9a-f-]{36}$/.test(id);
  return valid ? { updatedAt, id } : null;
}
