import { jsonAnswer } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";
import { publicPlanEditions } from "@/lib/dal/public/record";

export const dynamic = "force-dynamic";

/** The editions of every plan framework, newest first, each with its framework and its clauses in order. */
export const GET = apiRoute(async (request, reader) =>
  jsonAnswer(request, reader, async () => ({
    data: (await publicPlanEditions()).map((e) => ({
      code: e.code,
      title: e.title,
      framework: e.framework,
      start_year: e.startYear,
      end_year: e.endYear,
      clauses: e.clauses,
    })),
  })),
);
