import { listCalendarActivities, userForFeedToken } from "@/lib/dal/activities/calendar";
import { recordState } from "@/lib/dal/record-state";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderCalendar } from "@/lib/exports/ics";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { CACHE_CONTROL, fileResponse } from "@/lib/http/file-response";
import { publicRoute } from "@/lib/http/route";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { feedStart } from "@/lib/validation/calendar-feed";

export const dynamic = "force-dynamic";

// A private feed for calendar apps, which cannot sign in: the token in the URL stands for
// the user. A wrong or revoked token gets 404, as if there were no feed at all. Calendar apps
// poll all day: a poll while the record is unchanged is answered 304 without a render, and
// the feed holds the last twelve months and the future unless from= reaches further back.
export const GET = publicRoute(async (request) => {
  const url = new URL(request.url);
  const user = await userForFeedToken(url.searchParams.get("token") ?? "");
  if (!user) throw new AppError("not_found", "calendar_feed");
  // A malformed from= is a ZodError: the route answers 400 with its message.
  const from = feedStart(url.searchParams, new Date().toISOString().slice(0, 10));
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const { org, clause } = filters;
  const baseUrl = appUrl(url.origin);
  const state = await recordState(user);
  const validators = {
    etag: recordEntityTag(state.version, [user.role, user.organisation?.id, org, clause, from, baseUrl]),
    lastModified: state.lastModified,
    cacheControl: CACHE_CONTROL.feed,
  };
  return conditionalGet(request, validators, async () => {
    const activities = await listCalendarActivities(user, { org, clause }, { from });
    const name = ["ASEAN-UN cooperation", org, clause ? `clause ${clause}` : null].filter(Boolean).join(" · ");
    return fileResponse(renderCalendar(activities, { name, baseUrl }), {
      fileName: "asean-un-cooperation.ics",
      mediaType: "text/calendar; charset=utf-8",
      caching: "feed",
      disposition: "inline",
    });
  });
});
