import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/v1/respond";
import { appUrl } from "@/lib/env";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document, generated from its zod schemas. */
export const GET = apiRoute(async (request) =>
  json(request, openApiDocument(appUrl(new URL(request.url).origin)), "public, max-age=3600"),
);
