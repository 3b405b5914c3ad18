import { publishedCalendar } from "@/lib/dal/public-record";
import { publicRecordState } from "@/lib/dal/record-state";
import { appUrl } from "@/lib/env";
import { renderCalendar } from "@/lib/exports/ics";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { CACHE_CONTROL, fileResponse } from "@/lib/http/file-response";
import { publicRoute } from "@/lib/http/route";
import { activitiesHref, parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// The public calendar: published activities with a date, filtered like the register. No
// token, no session: it holds only what the public register shows. A poll while the record
// is unchanged is answered 304 without a render.
export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const baseUrl = appUrl(url.origin);
  const state = await publicRecordState();
  const validators = {
    etag: recordEntityTag(state.version, [activitiesHref(filters), baseUrl]),
    lastModified: state.lastModified,
    cacheControl: CACHE_CONTROL.public,
  };
  return conditionalGet(request, validators, async () => {
    const activities = await publishedCalendar(filters);
    const name = ["ASEAN-UN cooperation (published)", filters.org, filters.clause ? `clause ${filters.clause}` : null]
      .filter(Boolean)
      .join(" · ");
    return fileResponse(renderCalendar(activities, { name, baseUrl, activityPath: "/public/activities" }), {
      fileName: "asean-un-cooperation.ics",
      mediaType: "text/calendar; charset=utf-8",
      caching: "public",
      disposition: "inline",
    });
  });
});
