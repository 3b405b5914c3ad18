import { iatiPublication } from "@/lib/dal/activities/iati-publication";
import { recordState } from "@/lib/dal/record-state";
import { renderIati } from "@/lib/exports/iati";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { CACHE_CONTROL, fileResponse } from "@/lib/http/file-response";
import { signedInRoute } from "@/lib/http/route";
import { failureResponse } from "@/lib/http/route-errors";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

/** What the list, with its filters, publishes to IATI, as IATI 2.03 activity XML. */
export const GET = signedInRoute(async (request, user) => {
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const state = await recordState(user);
  // Private, but revalidated rather than not stored: an unchanged record costs a 304.
  const validators = {
    etag: recordEntityTag(state.version, [user.role, user.organisation?.id, filters, url.origin]),
    lastModified: state.lastModified,
    cacheControl: CACHE_CONTROL.revalidate,
  };
  return conditionalGet(request, validators, async () => {
    const { published } = await iatiPublication(user, filters);
    // IATI requires at least one activity in a file: an empty selection has no valid XML.
    if (published.length === 0) {
      return failureResponse({
        status: 404,
        detail: "No activity matching these filters is published to IATI: see /export/iati for why.",
      });
    }
    return fileResponse(renderIati(published, iatiReportingOrg(url.origin)), {
      fileName: "asean-un-activities.iati.xml",
      mediaType: "application/xml; charset=utf-8",
      caching: "revalidate",
    });
  });
});
