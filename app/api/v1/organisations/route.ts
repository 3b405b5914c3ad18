import { jsonAnswer } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";
import { publicOrganisations } from "@/lib/dal/public/record";

export const dynamic = "force-dynamic";

/** The organisations of the record: ASEAN bodies, AICHR representatives, UN entities, partners. */
export const GET = apiRoute(async (request, reader) =>
  jsonAnswer(request, reader, async () => ({
    data: (await publicOrganisations()).map((o) => ({
      code: o.code,
      name: o.name,
      label: o.acronym ?? o.name,
      kind: o.kind,
      acronym: o.acronym,
      country_code: o.countryCode,
      iati_identifier: o.iatiIdentifier,
      retired: o.retired,
    })),
  })),
);
