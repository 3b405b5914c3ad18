import { getCurrentUser } from "@/lib/auth/session";
import { iatiPublication } from "@/lib/dal/iati-publication";
import { recordState } from "@/lib/dal/record-state";
import { renderIati } from "@/lib/exports/iati";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

/** What the list, with its filters, publishes to IATI, as IATI 2.03 activity XML. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export.", { status: 401 });
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const state = await recordState(user);
  // Private, but revalidated rather than not stored: an unchanged record costs a 304.
  const validators = {
    etag: recordEntityTag(state.version, [user.role, user.organisation?.id, filters, url.origin]),
    lastModified: state.lastModified,
    cacheControl: "private, no-cache",
  };
  return conditionalGet(request, validators, async () => {
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
      },
    });
  });
}
