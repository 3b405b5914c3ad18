import { publishedIatiActivities } from "@/lib/dal/public-record";
import { renderIati } from "@/lib/exports/iati";
import { iatiReportingOrg } from "@/lib/iati/reporting-org";

export const dynamic = "force-dynamic";

// The IATI file at the stable address the IATI Registry fetches: every published activity,
// as the export decides (lib/iati/publication.ts). No session: the registry cannot sign in.
export async function GET(request: Request) {
  const published = await publishedIatiActivities();
  // IATI requires at least one activity in a file: with none published there is no valid file.
  if (published.length === 0) return new Response("Nothing is published to IATI yet.", { status: 404 });
  return new Response(renderIati(published, iatiReportingOrg(new URL(request.url).origin)), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
