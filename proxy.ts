import { NextResponse, type NextRequest } from "next/server";
import { trustsProxy } from "@/lib/auth/client-address";
import { REQUEST_PATH_HEADER, signInPath } from "@/lib/auth/paths";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { env } from "@/lib/env";
import { rateLimitedWarner } from "@/lib/logger";
import { isWellFormedActionBody } from "@/lib/security/action-body";

// Pages anyone may open: sign-in, choosing a password from a link, next-auth's own routes, the health check, calendar feeds
// (their token is checked by the route), the public register with its feeds and published attachments, the read API
// (anonymous calls see the published record; a token is checked by the route), the sitemap and robots.txt.
const OPEN =
  /^\/(login|set-password\/|api\/auth|api\/health|calendar\.ics|public(\/|$)|api\/v1(\/|$)|sitemap\.xml$|robots\.txt$)/;

/**
 * Adds the security headers (a fresh CSP nonce per request, which Next puts on its own
 * scripts) and redirects signed-out visitors to sign in. It is not the security boundary:
 * requireUser() in every page and the session check in every action and route handler are
 * (a proxy can be bypassed, CVE-2025-29927).
 */
export async function proxy(request: NextRequest) {
  // A form or action posted from another site's page: refused plainly here (Next would also
  // refuse a server action, with a 500); next-auth's own routes check their CSRF token.
  const nonce = newNonce();
  const development = env().NODE_ENV === "development";
  const headers = securityHeaders(nonce, {
    development,
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  // Every answer carries the security headers, refusals and redirects included.
  const withHeaders = (response: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  if (isCrossSitePost(request)) return withHeaders(new NextResponse("Cross-site request refused.", { status: 403 }));
  // A server action whose body Next could not decode: a 400 and a rate-limited warning, not a
  // 500 and an error line per request. Checked for every small body (a made-up session cookie
  // must not skip it) and for any body without a session cookie; a signed-in upload of many
  // megabytes is not read twice.
  if (
    isServerAction(request) &&
    (isSmall(request) || !hasSessionCookie(request)) &&
    !(await isWellFormedActionBody(request.clone()))
  ) {
    warnOfOutsider("malformed action body", { path: request.nextUrl.pathname });
    return withHeaders(new NextResponse("Malformed request.", { status: 400 }));
  }
  const path = request.nextUrl.pathname + request.nextUrl.search;
  // Only whether a session cookie is there: the page checks the session itself, so
  // decrypting the token here too cost every request a second key derivation and decryption.
  // A stale or forged cookie gets as far as the page, which sends it to sign in.
  if (!OPEN.test(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    return withHeaders(NextResponse.redirect(new URL(signInPath(path), request.url)));
  }
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_PATH_HEADER, path);
  forwarded.set("x-nonce", nonce);
  // A request id for the logs: a proxy's own when it looks like one, else a new one.
  const given = request.headers.get("x-request-id");
  const requestId = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : crypto.randomUUID();
  forwarded.set("x-request-id", requestId);
  forwarded.set("Content-Security-Policy", contentSecurityPolicy(nonce, development));
  const response = withHeaders(NextResponse.next({ request: { headers: forwarded } }));
  response.headers.set("x-request-id", requestId);
  return response;
}

const warnOfOutsider = rateLimitedWarner(10);

const isServerAction = (request: NextRequest) => request.method === "POST" && request.headers.has("next-action");

/** A body that declares at most 1 MB: every action but a report's uploads. */
const isSmall = (request: NextRequest) => Number(request.headers.get("content-length") ?? Infinity) <= 1_000_000;

/** next-auth's session cookie, under its plain or __Secure- name, whole or in chunks. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value !== "");
}

/** A POST whose Origin is not this site: scheme, host and port all compared. */
function isCrossSitePost(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false; // same-origin fetches from old browsers; the session check still applies
  const proxied = trustsProxy();
  const host = (proxied && request.headers.get("x-forwarded-host")) || request.headers.get("host");
  const scheme = (proxied && request.headers.get("x-forwarded-proto")) || request.nextUrl.protocol.replace(":", "");
  try {
    return new URL(origin).origin !== new URL(`${scheme}://${host}`).origin;
  } catch {
    return true;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
