import "server-only";
import { unstable_cache } from "next/cache";
import {
  getPublicNote,
  listPublicNotes,
  listPublishedActivities,
  publicFilterOptions,
  publicPlanEditions,
  publishedCoverage,
  publishedCoverageByEdition,
} from "@/lib/dal/public/record";
import { getPublishedActivity } from "@/lib/dal/public/activities";
import { PUBLIC_RECORD_TAG } from "@/lib/dal/public/changes";

// The public register's reads, cached across requests and visitors: the same for everyone,
// read by strangers and crawlers far more often than the record changes. The data layer's
// writes drop the tag when published data may have changed; five minutes are a backstop (another
// instance's write does not reach this instance's cache). Values must survive JSON: the
// DTOs carry dates as strings.
const cached = <A extends unknown[], R>(read: (...args: A) => Promise<R>, name: string) =>
  unstable_cache(read, [name], { tags: [PUBLIC_RECORD_TAG], revalidate: 300 });

export const cachedPublishedActivities = cached(listPublishedActivities, "published-activities");
export const cachedPublishedActivity = cached(getPublishedActivity, "published-activity");
export const cachedPublicFilterOptions = cached(publicFilterOptions, "public-filter-options");
export const cachedPublishedCoverage = cached(publishedCoverage, "published-coverage");
export const cachedPublishedCoverageByEdition = cached(publishedCoverageByEdition, "published-coverage-by-edition");
export const cachedPublicPlanEditions = cached(publicPlanEditions, "public-plan-editions");
export const cachedPublicNotes = cached(listPublicNotes, "public-notes");
export const cachedPublicNote = cached(getPublicNote, "public-note");
