import { iatiPublication } from "@/lib/dal/iati-publication";
import { renderIati } from "@/lib/exports/iati";
import { fileResponse } from "@/lib/http/file-response";
import { failureResponse } from "@/lib/http/route-errors";
import { signedInRoute } from "@/lib/http/route";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

/** What the list, with its filters, publishes to IATI, as IATI 2.03 activity XML. */
export const GET = signedInRoute(async (request, user) => {
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
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
    caching: "private",
  });
});
