// Set by proxy.ts so that server components know which page to come back to after sign-in.
export const REQUEST_PATH_HEADER = "x-request-path";

/** Only a path on this site: never "//evil.example" or "https://...", which would be an open redirect. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

export function signInPath(returnTo: string | null | undefined): string {
  const path = safeCallbackPath(returnTo);
  return path === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(path)}`;
}
