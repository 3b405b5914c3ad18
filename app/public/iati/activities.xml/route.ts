import { publishedIatiActivities } from "@/lib/dal/public-record";
import { renderIati } from "@/lib/exports/iati";
import { fileResponse } from "@/lib/http/file-response";
import { failureResponse } from "@/lib/http/route-errors";
import { publicRoute } from "@/lib/http/route";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";

export const dynamic = "force-dynamic";

// The IATI file at the stable address the IATI Registry fetches: every published activity,
// as the export decides (lib/iati/publication.ts). No session: the registry cannot sign in.
export const GET = publicRoute(async (request) => {
  const published = await publishedIatiActivities();
  // IATI requires at least one activity in a file: with none published there is no valid file.
  if (published.length === 0) return failureResponse({ status: 404, detail: "Nothing is published to IATI yet." });
  return fileResponse(renderIati(published, iatiReportingOrg(new URL(request.url).origin)), {
    fileName: "activities.xml",
    mediaType: "application/xml; charset=utf-8",
    caching: "public",
    disposition: "inline",
  });
});
