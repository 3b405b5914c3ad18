// Signs in through next-auth's credentials callback as a browser would (csrf token, then
// the form post) and returns the Cookie header a signed-in request carries. Used by the
// benchmark's load process, its Lighthouse runs and the two-instance test.

export const DEMO_PASSWORD = "asean-un-demo";

const cookiesOf = (response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => !c.endsWith("="));

/**
 * One sign-in attempt. Resolves to { cookie, device } when it succeeded (device: the
 * recognised-device cookie the server gave, if it gave one), else { error } with next-auth's
 * error code or message (e.g. "CredentialsSignin", or the throttle message). `device` sends
 * such a cookie back, as the browser that signed in before would; `headers` adds request headers.
 */
export async function attemptSignIn(base, email, password = DEMO_PASSWORD, { device, headers = {} } = {}) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = [...cookiesOf(csrf), ...(device ? [device] : [])];
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token="));
  if (session) return { cookie: session, device: cookiesOf(response).find((c) => c.startsWith("tracker-device=")) };
  const { url } = await response.json().catch(() => ({ url: "" }));
  return {
    error: new URL(url || "http://x/?error=unknown", base).searchParams.get("error") ?? `HTTP ${response.status}`,
  };
}

/** Signs in or throws: for callers that need a session to go on. */
export async function signIn(base, email, password = DEMO_PASSWORD) {
  const result = await attemptSignIn(base, email, password);
  if (!result.cookie) throw new Error(`Sign-in as ${email} at ${base} failed: ${result.error}`);
  return result.cookie;
}
