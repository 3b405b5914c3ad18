// Takes the list page's SQL from the data layer itself: runs listActivities and
// getFilterOptions (what app/(app)/activities/page.tsx calls) on a connection that logs
// every statement, so baseline B replays exactly what the app sends, whatever the DAL
// becomes. Nothing here writes SQL by hand.
import { openDatabase } from "../db/client";
import { provideDatabase } from "../db/database";
import { getFilterOptions, listActivities } from "../lib/dal/activities/list";
import type { SessionUser } from "../lib/dal/accounts/session-user";
import { parseActivityFilters } from "../lib/validation/activity-filters";

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface ListSql {
  count: Statement;
  ids: Statement;
  /** The details of the page's activities; idSlots[i] >= 0: param i is the page's id of that index. */
  details: (Statement & { idSlots: number[] }) | null;
  options: Statement[];
}

/** The statements behind the list page for each query string, keyed like the input. */
export async function captureListSql(
  url: string,
  user: SessionUser,
  queries: Record<string, string>,
): Promise<Record<string, ListSql>> {
  const seen: Statement[] = [];
  const handle = await openDatabase(
    { engine: "postgres", url },
    { onQuery: (sql, params) => seen.push({ sql, params }) },
  );
  provideDatabase(handle);
  const plan: Record<string, ListSql> = {};
  try {
    // The filter options are kept until the record changes: each view of the page sends the read of
    // the record's version alone, once the first view has computed them. B replays that.
    await getFilterOptions(user);
    for (const [name, query] of Object.entries(queries)) {
      const { filters } = parseActivityFilters(Object.fromEntries(new URLSearchParams(query)));
      seen.length = 0;
      const page = await listActivities(user, filters);
      const [count, ids, details] = seen.splice(0);
      await getFilterOptions(user);
      const pageIds = page.items.map((item) => item.id);
      plan[name] = {
        count: count!,
        ids: ids!,
        details: details
          ? { ...details, idSlots: details.params.map((value) => pageIds.indexOf(value as string)) }
          : null,
        options: seen.splice(0),
      };
    }
  } finally {
    await handle.close();
  }
  return plan;
}
