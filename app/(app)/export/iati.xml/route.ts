import { getCurrentUser } from "@/lib/auth/session";
import { iatiPublication } from "@/lib/dal/iati-publication";
import { renderIati } from "@/lib/exports/iati";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

/** What the list, with its filters, publishes to IATI, as IATI 2.03 activity XML. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export.", { status: 401 });
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const { published } = await iatiPublication(user, filters);
  // IATI requires at least one activity in a file: an empty selection has no valid XML.
  if (published.length === 0) {
    return new Response("No activity matching these filters is published to IATI: see /export/iati for why.", {
      status: 404,
    });
  }
  return new Response(renderIati(published, iatiReportingOrg(url.origin)), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": 'attachment; filename="asean-un-activities.iati.xml"',
      "Cache-Control": "private, no-store",
    },
  });
}
