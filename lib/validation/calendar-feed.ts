import { z } from "zod";

/**
 * How far back a calendar feed reaches unless asked: calendar apps fetch the whole feed on
 * every poll, all day, and a feed of the whole record (9.9 MB at 20,000 activities) costs
 * every subscriber that much each time for years nobody scrolls back to.
 */
export const FEED_MONTHS_BACK = 12;

const fromParam = z.iso.date({ error: "from must be a day written 2019-01-31." }).optional();

/** Twelve months before today (both ISO days, UTC): 2026-12-02 gives 2025-12-02. */
export function defaultFeedStart(today: string): string {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 - FEED_MONTHS_BACK, day)).toISOString().slice(0, 10);
}

/**
 * The first day a feed covers: `from` when the URL gives it (any valid day), else the
 * default. A malformed `from` throws the ZodError that route handlers answer with 400.
 */
export function feedStart(params: URLSearchParams, today: string): string {
  return fromParam.parse(params.get("from") ?? undefined) ?? defaultFeedStart(today);
}
