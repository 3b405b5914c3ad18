import { listCalendarActivities, userForFeedToken } from "@/lib/dal/calendar";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderCalendar } from "@/lib/exports/ics";
import { fileResponse } from "@/lib/http/file-response";
import { publicRoute } from "@/lib/http/route";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// A private feed for calendar apps, which cannot sign in: the token in the URL stands for
// the user. A wrong or revoked token gets 404, as if there were no feed at all.
export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const user = await userForFeedToken(url.searchParams.get("token") ?? "");
  if (!user) throw new AppError("not_found", "calendar_feed");
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const { org, clause } = filters;
  const activities = await listCalendarActivities(user, { org, clause });
  const name = ["ASEAN-UN cooperation", org, clause ? `clause ${clause}` : null].filter(Boolean).join(" · ");
  return fileResponse(renderCalendar(activities, { name, baseUrl: appUrl(url.origin) }), {
    fileName: "asean-un-cooperation.ics",
    mediaType: "text/calendar; charset=utf-8",
    caching: "feed",
    disposition: "inline",
  });
});
