import { createHash } from "node:crypto";
import { ZodError } from "zod";

// How the read API answers: JSON with a strong ETag (a hash of the body, so two instances
// give the same tag for the same answer) and 304 when the client already has it; errors as
// RFC 9457 problem details (application/problem+json).

export function problem(
  status: number,
  title: string,
  extra: { detail?: string; errors?: Record<string, string> } = {},
) {
  return new Response(JSON.stringify({ type: "about:blank", title, status, ...extra }), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

export const notFound = () => problem(404, "Not found", { detail: "No published entry has this id." });

/** The body as JSON, or 304 when If-None-Match already names it. */
export function json(request: Request, body: unknown, cacheControl = "public, max-age=60"): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const headers = { ETag: etag, "Cache-Control": cacheControl, Vary: "Authorization" };
  const known = request.headers.get("if-none-match");
  if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** Query parameters as an object: the first of each, as the schemas expect. */
export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** Runs a GET handler; a query its schema refuses becomes a 400 problem naming each field. */
export async function answer(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const errors: Record<string, string> = {};
    for (const issue of error.issues) errors[issue.path.join(".") || "query"] ??= issue.message;
    return problem(400, "Invalid request", { detail: "Some query parameters were not understood.", errors });
  }
}
