import { reportJson } from "@/lib/api/v1/json";
import { answer, json, notFound } from "@/lib/api/v1/respond";
import { getPublishedActivity } from "@/lib/dal/public-activities";
import { appUrl } from "@/lib/env";
import { activityIdSchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

/** The public part of a published activity's approved reports. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answer(async () => {
    const parsed = activityIdSchema.safeParse(await params);
    const activity = parsed.success ? await getPublishedActivity(parsed.data.id) : null;
    if (!activity) return notFound();
    const baseUrl = appUrl(new URL(request.url).origin);
    return json(request, { data: activity.reports.map((r) => reportJson(r, baseUrl)) });
  });
}
