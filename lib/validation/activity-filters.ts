import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  THEMES,
  type ActivityStatus,
  type ActivityType,
  type Theme,
} from "@/lib/domain";
import { firstParam, hasUnusableCharacters, pageParam, type SearchParams } from "@/lib/search-params";

// The list's filters as they travel in the URL. Anything malformed is dropped with a
// notice, so a hand-edited or stale link still shows a page, never an error.

export const SORTS = ["date", "title", "relevance"] as const;
export type Sort = (typeof SORTS)[number];

export interface ActivityFilters {
  status?: ActivityStatus;
  year?: number;
  theme?: Theme;
  type?: ActivityType;
  /** Organisation code, as lead or involved: "UNICEF". */
  org?: string;
  /** Plan of Action clause number: "1.2.4". */
  clause?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Out of step with the calendar: scheduled, and its date has passed. */
  calendar?: CalendarFlag;
  q?: string;
  sort: Sort;
  page: number;
}

export const CALENDAR_FLAGS = ["date_passed"] as const;
export type CalendarFlag = (typeof CALENDAR_FLAGS)[number];

export const MAX_QUERY_LENGTH = 200;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

const READERS: { [K in Exclude<keyof ActivityFilters, "sort" | "page">]: (raw: string) => ActivityFilters[K] } = {
  status: oneOf(ACTIVITY_STATUSES),
  theme: oneOf(THEMES),
  type: oneOf(ACTIVITY_TYPES),
  year: (raw) => (/^\d{4}$/.test(raw) && Number(raw) >= 1990 && Number(raw) <= 2100 ? Number(raw) : undefined),
  org: (raw) => (/^[A-Z0-9][A-Z0-9-]{0,29}$/i.test(raw) ? raw.toUpperCase() : undefined),
  clause: (raw) => (/^\d+(\.\d+){0,4}$/.test(raw) ? raw : undefined),
  country: (raw) => (/^[A-Z]{2}$/i.test(raw) ? raw.toUpperCase() : undefined),
  calendar: oneOf(CALENDAR_FLAGS),
  q: (raw) => {
    const text = raw.trim().replace(/\s+/g, " ");
    return text && text.length <= MAX_QUERY_LENGTH ? text : undefined;
  },
};

const LABELS: Record<keyof typeof READERS, string> = {
  status: "status",
  theme: "theme",
  type: "type",
  year: "year",
  org: "organisation",
  clause: "clause",
  country: "country",
  calendar: "calendar",
  q: "search",
};

export function parseActivityFilters(params: SearchParams): { filters: ActivityFilters; ignored: string[] } {
  const filters: ActivityFilters = { sort: "date", page: pageParam(params) };
  const ignored: string[] = [];
  for (const key of Object.keys(READERS) as Array<keyof typeof READERS>) {
    const raw = firstParam(params, key);
    if (raw === undefined || raw.trim() === "") continue;
    // Refused here, before any reader or SQL sees it, with the filter notice.
    const value = hasUnusableCharacters(raw) ? undefined : READERS[key](raw);
    if (value === undefined) {
      ignored.push(
        hasUnusableCharacters(raw)
          ? `${LABELS[key]} (characters that cannot be searched)`
          : key === "q" && raw.length > MAX_QUERY_LENGTH
            ? `search (longer than ${MAX_QUERY_LENGTH} characters)`
            : LABELS[key],
      );
    } else {
      (filters as unknown as Record<string, unknown>)[key] = value;
    }
  }
  const sort = oneOf(SORTS)(firstParam(params, "sort") ?? "");
  filters.sort = sort ?? (filters.q ? "relevance" : "date");
  if (filters.sort === "relevance" && !filters.q) filters.sort = "date";
  return { filters, ignored };
}

/** The URL of the list (or another page filtered alike) with these filters and a page. */
export function activitiesHref(
  filters: Partial<ActivityFilters>,
  page = 1,
  basePath = "/activities",
  extra: Record<string, string> = {},
): string {
  const query = new URLSearchParams(extra);
  for (const key of Object.keys(READERS) as Array<keyof typeof READERS>) {
    const value = filters[key];
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const defaultSort = filters.q ? "relevance" : "date";
  if (filters.sort && filters.sort !== defaultSort) query.set("sort", filters.sort);
  if (page > 1) query.set("page", String(page));
  return query.size > 0 ? `${basePath}?${query}` : basePath;
}
