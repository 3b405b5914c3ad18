import { publishedIatiActivities } from "@/lib/dal/public/record";
import { publicRecordState } from "@/lib/dal/record-state";
import { renderIati } from "@/lib/exports/iati";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";
import { CACHE_CONTROL, fileResponse } from "@/lib/http/file-response";
import { failureResponse } from "@/lib/http/route-errors";
import { publicRoute } from "@/lib/http/route";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";

export const dynamic = "force-dynamic";

// The IATI file at the stable address the IATI Registry fetches: every published activity,
// as the export decides (lib/iati/publication.ts). No session: the registry cannot sign in.
// Its daily fetch while the record is unchanged is answered 304 without a render.
export const GET = publicRoute(async (request) => {
  const reporting = iatiReportingOrg(new URL(request.url).origin);
  const state = await publicRecordState();
  const validators = {
    etag: recordEntityTag(state.version, [reporting]),
    lastModified: state.lastModified,
    cacheControl: CACHE_CONTROL.public,
  };
  return conditionalGet(request, validators, async () => {
    const published = await publishedIatiActivities();
    // IATI requires at least one activity in a file: with none published there is no valid file.
    if (published.length === 0) return failureResponse({ status: 404, detail: "Nothing is published to IATI yet." });
    return fileResponse(renderIati(published, reporting), {
      fileName: "activities.xml",
      mediaType: "application/xml; charset=utf-8",
      caching: "public",
      disposition: "inline",
    });
  });
});
