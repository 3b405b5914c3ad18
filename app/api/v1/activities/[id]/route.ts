import { activityJson } from "@/lib/api/v1/json";
import { jsonAnswer } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";
import { getApiActivity } from "@/lib/dal/public/activities";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** One activity (published, or with a token one its user may read); anything else is not found. */
export const GET = apiRoute<{ id: string }>(async (request, reader, { id }) =>
  jsonAnswer(request, reader, async (baseUrl) => {
    const activity = await getApiActivity(reader, id);
    if (!activity) throw new AppError("not_found", "activity");
    return activityJson(activity, baseUrl);
  }),
);
