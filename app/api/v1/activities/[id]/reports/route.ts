import { reportJson } from "@/lib/api/v1/json";
import { jsonAnswer } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";
import { getApiActivity } from "@/lib/dal/public/activities";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The public part of an activity's approved reports. */
export const GET = apiRoute<{ id: string }>(async (request, reader, { id }) =>
  jsonAnswer(request, reader, async (baseUrl) => {
    const activity = await getApiActivity(reader, id);
    if (!activity) throw new AppError("not_found", "activity");
    return { data: activity.reports.map((r) => reportJson(r, baseUrl)) };
  }),
);
