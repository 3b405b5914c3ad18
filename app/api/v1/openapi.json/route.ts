import { openApiDocument } from "@/lib/api/openapi";
import { jsonAnswer } from "@/lib/api/v1/respond";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document, generated from its zod schemas. */
export const GET = apiRoute(async (request, reader) =>
  jsonAnswer(request, reader, async (baseUrl) => openApiDocument(baseUrl)),
);
