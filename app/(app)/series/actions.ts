"use server";

import { runAction, textArg } from "@/lib/actions";
import { createSeries, updateSeries } from "@/lib/dal/activities/series";

export async function createSeriesAction(values: unknown) {
  return runAction(
    { entityType: "series", entityId: "new", action: "create" },
    (user) => createSeries(user, values),
    "/series",
  );
}

export async function updateSeriesAction(id: string, values: unknown) {
  return runAction(
    { entityType: "series", entityId: id, action: "edit" },
    (user) => updateSeries(user, textArg(id), values),
    // Every page under the root layout: the series' own, activities' pages and the public register name it.
    { layout: "/" },
  );
}
