import { publishedCalendar } from "@/lib/dal/public-record";
import { renderCalendar } from "@/lib/exports/ics";
import { appUrl } from "@/lib/env";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// The public calendar: published activities with a date, filtered like the register. No
// token, no session: it holds only what the public register shows.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const activities = await publishedCalendar(filters);
  const name = ["ASEAN-UN cooperation (published)", filters.org, filters.clause ? `clause ${filters.clause}` : null]
    .filter(Boolean)
    .join(" · ");
  const body = renderCalendar(activities, { name, baseUrl: appUrl(url.origin), activityPath: "/public/activities" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="asean-un-cooperation.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
