import { activityJson, decodeCursor, encodeCursor } from "@/lib/api/v1/json";
import { jsonAnswer, queryOf } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";
import { apiActivitiesPage } from "@/lib/dal/public/activities";
import { InvalidInputError } from "@/lib/errors";
import { activitiesQuerySchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

/** Activities (the published ones, or with a token what its user may read), filtered like the list, oldest change first. */
export const GET = apiRoute(async (request, reader) => {
  const { cursor, limit, updated_since, ...filters } = activitiesQuerySchema.parse(queryOf(request));
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (after === null) throw new InvalidInputError("The cursor is not one this API gave.");
  return jsonAnswer(request, reader, async (baseUrl) => {
    const page = await apiActivitiesPage(reader, filters, { since: updated_since, after, limit });
    return {
      data: page.activities.map((a) => activityJson(a, baseUrl)),
      next_cursor: page.next ? encodeCursor(page.next) : null,
    };
  });
});
