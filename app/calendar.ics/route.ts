import { listCalendarActivities, userForFeedToken } from "@/lib/dal/calendar";
import { renderCalendar } from "@/lib/exports/ics";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

// A private feed for calendar apps, which cannot sign in: the token in the URL stands for
// the user. A wrong or revoked token gets 404, as if there were no feed at all.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const user = await userForFeedToken(url.searchParams.get("token") ?? "");
  if (!user) return new Response("Not found.", { status: 404 });
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const { org, clause } = filters;
  const activities = await listCalendarActivities(user, { org, clause });
  const name = ["ASEAN-UN cooperation", org, clause ? `clause ${clause}` : null].filter(Boolean).join(" · ");
  const body = renderCalendar(activities, { name, baseUrl: appUrl(url.origin) });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="asean-un-cooperation.ics"',
      "Cache-Control": "private, max-age=300",
    },
  });
}
