import { createHash } from "node:crypto";

// How the read API answers: JSON with a strong ETag (a hash of the body, so two instances
// give the same tag for the same answer) and 304 when the client already has it. Errors go
// through the one map of lib/http (publicRoute(..., "problem")): RFC 9457 problem details.

/**
 * The body as JSON, or 304 when If-None-Match already names it. What an anonymous caller gets
 * is the published record and any cache may keep it a minute; what a token's user gets is theirs.
 */
export function json(request: Request, body: unknown, cacheControl = "public, max-age=60"): Response {
  if (request.headers.has("authorization")) cacheControl = "private, no-cache";
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
