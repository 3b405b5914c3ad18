import { z } from "zod";
import { hasUnusableCharacters } from "@/lib/search-params";
import {
  ACTIVITY_MODES,
  ACTIVITY_SCOPES,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  DATE_PRECISIONS,
  INVOLVEMENT_ROLES,
  ORGANISATION_KINDS,
  THEMES,
} from "@/lib/domain";
import { MAX_QUERY_LENGTH } from "./activity-filters";

// The read API's requests and answers, as zod schemas: the route handlers validate queries
// with them, and the OpenAPI document (lib/api/openapi.ts) is generated from them, so the
// documentation cannot drift from what the server accepts and returns. Field names are
// part of the contract: add fields, never rename or remove one within v1.

export const API_PAGE_LIMIT = 100;

/** The list's filters, as the web list reads them (lib/validation/activity-filters.ts), plus sync and paging. */
export const activitiesQuerySchema = z
  .object({
    status: z.enum(ACTIVITY_STATUSES).optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
    theme: z.enum(THEMES).optional(),
    type: z.enum(ACTIVITY_TYPES).optional(),
    org: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9-]{0,29}$/i)
      .transform((code) => code.toUpperCase())
      .optional()
      .meta({ description: "An organisation's code, as lead or involved: UNICEF." }),
    clause: z
      .string()
      .regex(/^\d+(\.\d+){0,4}$/)
      .optional()
      .meta({ description: "A Plan of Action clause number: 1.2.4." }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/i)
      .transform((code) => code.toUpperCase())
      .optional()
      .meta({ description: "ISO 3166-1 alpha-2 code of where it took place." }),
    q: z
      .string()
      .trim()
      .min(1)
      .max(MAX_QUERY_LENGTH)
      // A NUL or other control character: no text holds it, and PostgreSQL refuses it outright.
      .refine((text) => !hasUnusableCharacters(text), "q holds a control character (such as NUL), which no text holds.")
      .optional()
      .meta({ description: "Full-text search." }),
    updated_since: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: "Only activities changed at or after this instant (ISO 8601), for incremental sync." }),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/)
      .optional()
      .meta({ description: "The next_cursor of the previous page." }),
    limit: z.coerce.number().int().min(1).max(API_PAGE_LIMIT).default(50),
  })
  .strict();
export type ActivitiesQuery = z.infer<typeof activitiesQuerySchema>;

export const activityIdSchema = z.object({ id: z.uuid() });

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: "ISO 8601 to the precision recorded: 2019, 2019-05 or 2019-05-02." });
const precision = z.enum(DATE_PRECISIONS);

const organisationFields = {
  code: z.string(),
  name: z.string(),
  /** The acronym where there is one, else the name. */
  label: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
};

export const organisationRefSchema = z.object(organisationFields).meta({ id: "OrganisationRef" });

export const attachmentSchema = z
  .object({ id: z.uuid(), file_name: z.string(), media_type: z.string(), url: z.url() })
  .meta({ id: "Attachment" });

export const reportSchema = z
  .object({
    organisation: organisationRefSchema,
    actual_start: isoDate,
    actual_start_precision: precision,
    actual_end: isoDate.nullable(),
    actual_end_precision: precision.nullable(),
    participants: z.object({
      total: z.number().int(),
      by_sex: z.record(z.string(), z.number().int()),
      by_group: z.record(z.string(), z.number().int()),
    }),
    outcomes: z.string(),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: "Report", description: "The public part of an approved completion report." });

export const datePartSchema = z
  .object({
    start: isoDate,
    start_precision: precision,
    end: isoDate.nullable(),
    end_precision: precision.nullable(),
  })
  .meta({ id: "DatePart", description: "One range of an activity held in parts." });

export const activitySchema = z
  .object({
    id: z.uuid(),
    url: z.url().meta({ description: "Its page on the public register." }),
    title: z.string(),
    summary: z.string().nullable(),
    type: z.enum(ACTIVITY_TYPES),
    status: z.enum(ACTIVITY_STATUSES),
    start: isoDate.nullable(),
    start_precision: precision.nullable(),
    end: isoDate.nullable(),
    end_precision: precision.nullable(),
    date_parts: z.array(datePartSchema).meta({
      description:
        "Held in parts (12-14 and 26 July 2021): each range in order; start and end above are then the first part's start and the last part's end. Empty for one range.",
    }),
    place: z.string().nullable().meta({ description: "The venue; null for an activity held online." }),
    mode: z
      .enum(ACTIVITY_MODES)
      .meta({ description: "How it is held: in person, online, or hybrid (at the venue and online)." }),
    country_code: z.string().nullable(),
    scope: z.enum(ACTIVITY_SCOPES),
    themes: z.array(z.enum(THEMES)),
    organisations: z.array(organisationRefSchema.extend({ role: z.enum(INVOLVEMENT_ROLES) })),
    clauses: z.array(z.object({ number: z.string(), text: z.string(), edition: z.string() })),
    reports: z.array(reportSchema),
    updated_at: z.iso.datetime(),
    series: z
      .object({
        code: z.string(),
        name: z.string().meta({ description: "The series' name, e.g. AICHR-UN Meeting." }),
        ordinal: z.number().int().positive().nullable().meta({
          description: "Its number in the series (2 for the 2nd meeting); null when the series does not number it.",
        }),
      })
      .nullable()
      .meta({ description: "The series of meetings the activity belongs to, if any." }),
  })
  .meta({ id: "Activity" });

export const activityListSchema = z
  .object({
    data: z.array(activitySchema),
    next_cursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last." }),
  })
  .meta({ id: "ActivityList" });

export const reportListSchema = z.object({ data: z.array(reportSchema) }).meta({ id: "ReportList" });

export const organisationListSchema = z
  .object({
    data: z.array(
      z.object({
        ...organisationFields,
        acronym: z.string().nullable(),
        country_code: z.string().nullable(),
        iati_identifier: z.string().nullable(),
        retired: z.boolean(),
      }),
    ),
  })
  .meta({ id: "OrganisationList" });

export const editionListSchema = z
  .object({
    data: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        framework: z
          .object({
            code: z.string().meta({ description: 'Stable key, e.g. "ASEAN-UN-POA".' }),
            name: z.string(),
            owner: z.string().nullable().meta({ description: "Who adopted it, when recorded." }),
          })
          .meta({ description: "The plan this is an edition of." }),
        start_year: z.number().int(),
        end_year: z.number().int(),
        clauses: z.array(z.object({ number: z.string(), text: z.string() })),
      }),
    ),
  })
  .meta({
    id: "EditionList",
    description: "The editions of every plan framework (the ASEAN-UN Plan of Action and others) with their clauses.",
  });

/** RFC 9457 problem details. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: "Problem" });
