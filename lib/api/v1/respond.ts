import { publicRecordState, recordState } from "@/lib/dal/record-state";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { appUrl } from "@/lib/env";
import { conditionalGet, recordEntityTag } from "@/lib/http/conditional-get";

// How the read API answers: JSON labelled with the record's version (lib/http/conditional-get),
// so a client that sends the ETag back while nothing changed gets a bodiless 304 and the body
// is not even built. Errors go through lib/http's one map, as problem details.

/** The JSON `build` makes, or 304 without building it when the caller's copy is current. */
export async function jsonAnswer(
  request: Request,
  reader: SessionUser | null,
  build: (baseUrl: string) => Promise<unknown>,
): Promise<Response> {
  const url = new URL(request.url);
  const baseUrl = appUrl(url.origin);
  const state = reader ? await recordState(reader) : await publicRecordState();
  const validators = {
    // What the body depends on besides the record: who reads it, what was asked, the links' origin.
    etag: recordEntityTag(state.version, [reader?.id ?? null, url.pathname, url.search, baseUrl]),
    lastModified: state.lastModified,
    // The published record may be kept by any cache a minute; a token's answer is its user's.
    cacheControl: reader ? "private, no-cache" : "public, max-age=60",
  };
  return conditionalGet(request, validators, async () =>
    Response.json(await build(baseUrl), { headers: { Vary: "Authorization" } }),
  );
}

/** Query parameters as an object: the first of each, as the schemas expect. */
export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);
