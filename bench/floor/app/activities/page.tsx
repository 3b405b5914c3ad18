import { ActivityTable } from "@/components/activities/activity-table";
import { getFilterOptions, listActivities } from "@/lib/dal/activities/list";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import type { SearchParams } from "@/lib/search-params";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// A reader the data layer lets list activities; F signs nobody in (no session lookup).
const READER: SessionUser = {
  id: "00000000-0000-4000-8000-00000000f100",
  name: "Framework floor",
  email: "floor@bench.invalid",
  role: "viewer",
  organisation: null,
};

/**
 * The list page's floor: the same data-layer calls (so the same SQL, the filter options'
 * queries included) and the same table component (so the same markup for the 50 rows),
 * without sign-in, layout, filters or pagination.
 */
export default async function FloorList({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters } = parseActivityFilters(await searchParams);
  const [result] = await Promise.all([listActivities(READER, filters), getFilterOptions(READER)]);
  return <ActivityTable items={result.items} workflowNotes />;
}
