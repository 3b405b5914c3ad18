import { listCalendarActivities, userForFeedToken } from "@/lib/dal/calendar";
import { recordState } from "@/lib/dal/record-state";
import { renderCalendar } from "@/lib/exports/ics";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

// A private feed for calendar apps, which cannot sign in: the token in the URL stands for
// the user. A wrong or revoked token gets 404, as if there were no feed at all. Calendar apps
// poll all day: a poll while the record is unchanged is answered 304 without a render.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await userForFeedToken(url.searchParams.get("token") ?? "");
  if (!user) return new Response("Not found.", { status: 404 });
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const { org, clause } = filters;
  const baseUrl = appUrl(url.origin);
  const state = await recordState(user);
  const validators = {
    etag: recordEntityTag(state.version, [user.role, user.organisation?.id, org, clause, baseUrl]),
    lastModified: state.lastModified,
    cacheControl: "private, max-age=300",
  };
  return conditionalGet(request, validators, async () => {
    const activities = await listCalendarActivities(user, { org, clause });
    const name = ["ASEAN-UN cooperation", org, clause ? `clause ${clause}` : null].filter(Boolean).join(" · ");
    return new Response(renderCalendar(activities, { name, baseUrl }), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="asean-un-cooperation.ics"',
      },
    });
  });
}
