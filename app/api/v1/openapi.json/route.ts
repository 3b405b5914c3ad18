import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/v1/respond";
import { appUrl } from "@/lib/env";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document, generated from its zod schemas. */
export const GET = publicRoute(
  async (request) => json(request, openApiDocument(appUrl(new URL(request.url).origin)), "public, max-age=3600"),
  "problem",
);
