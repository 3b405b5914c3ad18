import { activityJson } from "@/lib/api/v1/json";
import { answer, json, notFound } from "@/lib/api/v1/respond";
import { getPublishedActivity } from "@/lib/dal/public-activities";
import { appUrl } from "@/lib/env";
import { activityIdSchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

/** One published activity; anything else (a draft, an unknown id) is not found. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answer(async () => {
    const parsed = activityIdSchema.safeParse(await params);
    const activity = parsed.success ? await getPublishedActivity(parsed.data.id) : null;
    if (!activity) return notFound();
    return json(request, activityJson(activity, appUrl(new URL(request.url).origin)));
  });
}
