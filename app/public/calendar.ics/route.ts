import { publishedCalendar } from "@/lib/dal/public/record";
import { publicRecordState } from "@/lib/dal/record-state";
import { appUrl } from "@/lib/env";
import { renderCalendar } from "@/lib/exports/ics";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { CACHE_CONTROL, fileResponse } from "@/lib/http/file-response";
import { publicRoute } from "@/lib/http/route";
import { activitiesHref, parseActivityFilters } from "@/lib/validation/activity-filters";
import { feedStart } from "@/lib/validation/calendar-feed";

export const dynamic = "force-dynamic";

// The public calendar: published activities with a date, filtered like the register. No
// token, no session: it holds only what the public register shows. A poll while the record
// is unchanged is answered 304 without a render. Like the private feed, it holds the last twelve
// months and the future unless from= reaches further back (a malformed one is a 400).
export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const from = feedStart(url.searchParams, new Date().toISOString().slice(0, 10));
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const baseUrl = appUrl(url.origin);
  const state = await publicRecordState();
  const validators = {
    etag: recordEntityTag(state.version, [activitiesHref(filters), from, baseUrl]),
    lastModified: state.lastModified,
    cacheControl: CACHE_CONTROL.public,
  };
  return conditionalGet(request, validators, async () => {
    const activities = await publishedCalendar(filters, { from });
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
