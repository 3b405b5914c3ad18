import { activityJson } from "@/lib/api/v1/json";
import { json } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";
import { getApiActivity } from "@/lib/dal/public-activities";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** One published activity; anything else (a draft, an unknown id) is not found. */
export const GET = apiRoute<{ id: string }>(async (request, reader, { id }) => {
  const activity = await getApiActivity(reader, id);
  if (!activity) throw new AppError("not_found", "activity");
  return json(request, activityJson(activity, appUrl(new URL(request.url).origin)));
});
