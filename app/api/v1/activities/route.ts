import { decodeCursor, activityJson, encodeCursor } from "@/lib/api/v1/json";
import { answer, json, problem, queryOf } from "@/lib/api/v1/respond";
import { publishedActivitiesPage } from "@/lib/dal/public-activities";
import { appUrl } from "@/lib/env";
import { activitiesQuerySchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

/** Published activities, filtered like the list, oldest change first, a page at a time. */
export async function GET(request: Request) {
  return answer(async () => {
    const { cursor, limit, updated_since, ...filters } = activitiesQuerySchema.parse(queryOf(request));
    const after = cursor ? decodeCursor(cursor) : undefined;
    if (after === null) return problem(400, "Invalid request", { errors: { cursor: "Not a cursor this API gave." } });
    const page = await publishedActivitiesPage(filters, { since: updated_since, after, limit });
    const baseUrl = appUrl(new URL(request.url).origin);
    return json(request, {
      data: page.activities.map((a) => activityJson(a, baseUrl)),
      next_cursor: page.next ? encodeCursor(page.next) : null,
    });
  });
}
