import { activityJson } from "@/lib/api/v1/json";
import { json } from "@/lib/api/v1/respond";
import { getPublishedActivity } from "@/lib/dal/public-activities";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** One published activity; anything else (a draft, an unknown id) is not found. */
export const GET = publicRoute<{ id: string }>(async (request, { id }) => {
  const activity = await getPublishedActivity(id);
  if (!activity) throw new AppError("not_found", "activity");
  return json(request, activityJson(activity, appUrl(new URL(request.url).origin)));
}, "problem");
