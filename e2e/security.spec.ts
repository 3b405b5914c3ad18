import { expect, test, type Page } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

// Every server action is a public POST endpoint. Whatever the page shows, a request made by
// hand must get nowhere without a session, and nowhere from another site's page even with
// the user's cookie (the proxy's origin check, and Next's behind it). A focal point no other spec signs in as.
const EMAIL = "aichr-id@demo.test";

const preference = (page: Page) => page.locator("form#email").getByRole("radio", { checked: true });

test("a server action posted by hand without a session, or from another origin, changes nothing", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const page = await signedInPage(browser, EMAIL);
  await page.goto("/account");
  const form = page.locator("form#email");

  // The page saves "No email" through its action; keep the request the browser sent.
  await form.getByRole("radio", { name: /No email/ }).check();
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    form.getByRole("button", { name: "Save" }).click(),
  ]);
  await expect(form.getByRole("status")).toHaveText("Saved.");
  const url = sent.url();
  const headers = {
    "Next-Action": sent.headers()["next-action"]!,
    "Content-Type": sent.headers()["content-type"] ?? "text/plain;charset=UTF-8",
    Accept: "text/x-component",
  };
  // The same call asking for the daily digest instead: a change the action would make.
  const digest = sent.postData()!.replace('"none"', '"digest"');
  expect(digest).toContain('"digest"');

  // No cookie at all: the proxy sends the request to sign in before it reaches the action.
  const stranger = await playwright.request.newContext({ baseURL });
  const anonymous = await stranger.post(url, { headers, data: digest, maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/login");
  await stranger.dispose();

  // A made-up session cookie passes the proxy (it only looks for one) and gets nowhere: the
  // action finds no session in it and answers as to anyone signed out.
  const forger = await playwright.request.newContext({ baseURL });
  const forged = await forger.post(url, {
    headers: { ...headers, Cookie: "next-auth.session-token=made-up" },
    data: digest,
    maxRedirects: 0,
  });
  expect(await forged.text()).not.toContain('"ok":true');
  const forgedPage = await forger.get("/activities", {
    headers: { Cookie: "next-auth.session-token=made-up" },
    maxRedirects: 0,
  });
  expect(forgedPage.status()).toBe(307);
  expect(forgedPage.headers()["location"]).toContain("/login");
  await forger.dispose();

  // The proxy is not the boundary: a copied cookie of a session since signed out passes it
  // (its token is still well signed), and the action itself answers that the session ended.
  const otherDevice = await signedInPage(browser, EMAIL);
  const copied = await otherDevice.context().storageState();
  await otherDevice.getByRole("button", { name: "Sign out" }).click();
  await expect(otherDevice).toHaveURL(/\/login/);
  const replayer = await playwright.request.newContext({ baseURL, storageState: copied });
  const replayed = await replayer.post(url, { headers, data: digest, maxRedirects: 0 });
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toContain("Your session has ended");
  await replayer.dispose();

  // The user's own cookie, from another site's page: the proxy refuses before the action runs.
  const crossSite = await page
    .context()
    .request.post(url, { headers: { ...headers, Origin: "https://evil.example" }, data: digest });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).not.toContain('"ok"'); // an error, not the action's result

  await page.reload();
  await expect(preference(page)).toHaveAccessibleName(/No email/);

  // The control: the very same request from the app's own origin does change it, so the two
  // refusals above were refusals, not a malformed request.
  const sameSite = await page
    .context()
    .request.post(url, { headers: { ...headers, Origin: new URL(baseURL!).origin }, data: digest });
  expect(sameSite.status()).toBe(200);
  await page.reload();
  await expect(preference(page)).toHaveAccessibleName(/Daily digest/);
});

test("security headers on redirects, refusals and static files, not only on pages", async ({ playwright, baseURL }) => {
  const stranger = await playwright.request.newContext({ baseURL });
  const redirect = await stranger.get("/activities", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  const refused = await stranger.post("/activities", { headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  const page = await stranger.get("/login");
  const script = (await page.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const asset = await stranger.get(script!);
  expect(asset.status()).toBe(200);
  for (const response of [redirect, refused, asset]) {
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("a cross-site check that compares the scheme and port too", async ({ playwright, baseURL }) => {
  const stranger = await playwright.request.newContext({ baseURL });
  const origin = new URL(baseURL!);
  for (const other of [`https://${origin.host}`, `http://${origin.hostname}:1`]) {
    const response = await stranger.post("/login", { headers: { Origin: other }, maxRedirects: 0 });
    expect(response.status(), other).toBe(403);
  }
});

test("a NUL or control character in the search is dropped with the filter notice, never an error", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EMAIL);
  for (const q of ["water%00", "a%01b"]) {
    const response = await page.goto(`/activities?q=${q}`);
    expect(response!.status()).toBe(200);
    await expect(
      page.getByText("Not understood, so ignored: search (characters that cannot be searched)."),
    ).toBeVisible();
  }
  const csv = await page.request.get("/activities/export.csv?q=water%00");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("\n");
});

test("a malformed server-action body gets a plain 400, not a server error, with or without a cookie", async ({
  playwright,
  baseURL,
}) => {
  const stranger = await playwright.request.newContext({ baseURL });
  for (const [type, body] of [
    ["text/plain;charset=UTF-8", "{not json"],
    ["multipart/form-data; boundary=x", "--y\r\nnonsense"],
    ["application/octet-stream", "\u0000\u0001"],
  ]) {
    const answer = await stranger.post("/set-password/some-token", {
      headers: { "Next-Action": "0".repeat(42), "Content-Type": type!, Accept: "text/x-component" },
      data: body,
      maxRedirects: 0,
    });
    expect(answer.status(), type).toBe(400);
    expect(answer.headers()["content-security-policy"]).toBeTruthy();
    // A made-up session cookie does not let the malformed body through to Next.
    const forged = await stranger.post("/set-password/some-token", {
      headers: {
        "Next-Action": "0".repeat(42),
        "Content-Type": type!,
        Accept: "text/x-component",
        Cookie: "next-auth.session-token=made-up",
      },
      data: body,
      maxRedirects: 0,
    });
    expect(forged.status(), `${type} with a made-up cookie`).toBe(400);
  }
  await stranger.dispose();
});
