import { getCurrentUser } from "@/lib/auth/session";
import { iatiActivities } from "@/lib/dal/activity-export";
import { renderIati, type IatiActivity } from "@/lib/exports/iati";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// The reporting organisation of the export: set IATI_REPORTING_ORG_REF to the
// secretariat's identifier in the IATI registry.
const REPORTING_REF = process.env.IATI_REPORTING_ORG_REF ?? "XM-ASEAN-SECRETARIAT";

/** The list, with its filters, as IATI 2.03 activity XML. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export.", { status: 401 });
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const activities: IatiActivity[] = [];
  for await (const batch of iatiActivities(user, filters)) activities.push(...batch);
  // IATI requires at least one activity in a file: an empty selection has no valid XML.
  if (activities.length === 0) return new Response("No activity matches these filters.", { status: 404 });
  const reporting = { ref: REPORTING_REF, name: "ASEAN Secretariat", baseUrl: process.env.NEXTAUTH_URL ?? url.origin };
  return new Response(renderIati(activities, reporting), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": 'attachment; filename="asean-un-activities.iati.xml"',
      "Cache-Control": "private, no-store",
    },
  });
}
