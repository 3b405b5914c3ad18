// Set by proxy.ts so that server components know which page to come back to after sign-in.
export const REQUEST_PATH_HEADER = "x-request-path";

const PROBE_ORIGIN = "http://app.invalid";
const UNUSABLE = /[\u0000-\u001f\u007f\\]/;

/** Percent-decoded until it stops changing (double encoding too); null when malformed. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null; // still changing after five rounds: nobody's real link
}

/** A path that starts with exactly one "/" and no character a browser reads otherwise. */
function isSinglePath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !UNUSABLE.test(path);
}

/**
 * The one check for every return address (the sign-in page, next-auth's redirect): decode,
 * normalise as a browser would, then validate the result, so that "/..//evil.example",
 * "/.//", "/a/..//" or "/%2e%2e//" (which normalise into the protocol-relative
 * "//evil.example") and "/\t/evil.example" or "/\\evil.example" (which browsers read as
 * "//") all give "/". Kept: a path on this site, its query and fragment, as given.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !isSinglePath(value)) return "/";
  const decoded = fullyDecoded(value);
  if (decoded === null || !isSinglePath(decoded)) return "/";
  try {
    const url = new URL(value, PROBE_ORIGIN);
    const path = `${url.pathname}${url.search}${url.hash}`;
    const normalisedDecoded = fullyDecoded(new URL(decoded, PROBE_ORIGIN).pathname);
    if (url.origin !== PROBE_ORIGIN || !isSinglePath(url.pathname)) return "/";
    if (normalisedDecoded === null || !isSinglePath(normalisedDecoded)) return "/";
    // Read once more as the browser will read what we hand it: still here, still one "/".
    return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN ? path : "/";
  } catch {
    return "/";
  }
}

/** next-auth's redirect callback: a same-origin absolute URL or a path, through the one check. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  if (url.startsWith("/")) return `${base}${safeCallbackPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin !== new URL(base).origin) return `${base}/`;
    return `${base}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    return `${base}/`;
  }
}

export function signInPath(returnTo: string | null | undefined): string {
  const path = safeCallbackPath(returnTo);
  return path === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(path)}`;
}
