// Set by proxy.ts so that server components know which page to come back to after sign-in.
export const REQUEST_PATH_HEADER = "x-request-path";

const PROBE_ORIGIN = "http://app.invalid";

/**
 * Only a path on this site. URL parsing drops tabs and newlines and reads "\" as "/", so
 * "/\t/evil.example" would leave the site: the value is parsed as a browser would and kept
 * only if it stays on our origin.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

export function signInPath(returnTo: string | null | undefined): string {
  const path = safeCallbackPath(returnTo);
  return path === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(path)}`;
}
