import { publishedCalendar } from "@/lib/dal/public-record";
import { appUrl } from "@/lib/env";
import { renderCalendar } from "@/lib/exports/ics";
import { fileResponse } from "@/lib/http/file-response";
import { publicRoute } from "@/lib/http/route";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// The public calendar: published activities with a date, filtered like the register. No
// token, no session: it holds only what the public register shows.
export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const activities = await publishedCalendar(filters);
  const name = ["ASEAN-UN cooperation (published)", filters.org, filters.clause ? `clause ${filters.clause}` : null]
    .filter(Boolean)
    .join(" · ");
  const body = renderCalendar(activities, { name, baseUrl: appUrl(url.origin), activityPath: "/public/activities" });
  return fileResponse(body, {
    fileName: "asean-un-cooperation.ics",
    mediaType: "text/calendar; charset=utf-8",
    caching: "public",
    disposition: "inline",
  });
});
