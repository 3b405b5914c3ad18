import { createHash } from "node:crypto";

/** What a client can revalidate a response by, and how long it may keep it meanwhile. */
export interface Validators {
  etag: string;
  lastModified: Date | null;
  cacheControl: string;
}

/**
 * A weak entity tag from the record's version and everything else the body depends on
 * (the reader's role, the filters, the window, the origin links are written with): two
 * requests share a tag only when they would get the same content. Weak, because the body
 * may differ in bytes (a DTSTAMP, compression) while meaning the same.
 */
export function recordEntityTag(version: number, variant: readonly unknown[]): string {
  const digest = createHash("sha256").update(JSON.stringify(variant)).digest("base64url").slice(0, 16);
  return `W/"${version}-${digest}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** RFC 9110 13.1.2: any tag in If-None-Match matching weakly, or "*". */
function matchesNoneMatch(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** RFC 9110 13.1.3, at one-second precision (the precision of the header itself). */
function unmodifiedSince(header: string, lastModified: Date | null): boolean {
  if (!lastModified) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Whether the client's copy is current; If-None-Match, when sent, overrides If-Modified-Since. */
export function isNotModified(request: Request, validators: Pick<Validators, "etag" | "lastModified">): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const noneMatch = request.headers.get("if-none-match");
  if (noneMatch !== null) return matchesNoneMatch(noneMatch, validators.etag);
  const modifiedSince = request.headers.get("if-modified-since");
  return modifiedSince !== null && unmodifiedSince(modifiedSince, validators.lastModified);
}

function validatorHeaders(validators: Validators): Headers {
  const headers = new Headers({ ETag: validators.etag, "Cache-Control": validators.cacheControl });
  if (validators.lastModified) headers.set("Last-Modified", validators.lastModified.toUTCString());
  return headers;
}

/**
 * Answers 304 without calling render when the client's copy is current; otherwise renders
 * and labels a successful response with the validators, so the next poll can ask again.
 */
export async function conditionalGet(
  request: Request,
  validators: Validators,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  if (isNotModified(request, validators)) {
    return new Response(null, { status: 304, headers: validatorHeaders(validators) });
  }
  const response = await render();
  if (response.ok) validatorHeaders(validators).forEach((value, name) => response.headers.set(name, value));
  return response;
}
