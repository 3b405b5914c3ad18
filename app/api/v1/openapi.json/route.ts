import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/v1/respond";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document, generated from its zod schemas. */
export async function GET(request: Request) {
  return json(request, openApiDocument(appUrl(new URL(request.url).origin)), "public, max-age=3600");
}
