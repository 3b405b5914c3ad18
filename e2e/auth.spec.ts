import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./fixtures/auth";
import { LoginPage } from "./pages/login-page";

test.describe("signing in", () => {
  test("signed out, a page sends you to sign in and back to it afterwards", async ({ page }) => {
    await page.goto("/plan");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplan$/);
    const login = new LoginPage(page);
    await login.signIn("viewer@demo.test");
    await expect(page).toHaveURL(/\/plan$/);
    await expect(page.getByRole("heading", { name: "Plan of Action", level: 1 })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn("viewer@demo.test", "not the password");
    await expect(login.failure()).toHaveText("Email or password is incorrect.");
    await login.signIn("nobody@demo.test", "asean-un-demo");
    await expect(login.failure()).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("an empty form says what is missing, without a round trip", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  for (const account of ACCOUNTS) {
    test(`${account.email} signs in and sees who they are`, async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn(account.email);
      await expect(page).toHaveURL(/\/$/);
      const header = page.getByTestId("signed-in-user");
      await expect(header).toContainText(account.name);
      await expect(header).toContainText(account.role);
      await expect(page.getByRole("heading", { name: `Welcome, ${account.name}` })).toBeVisible();
    });
  }

  test("signing out ends the session", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn("secretariat@demo.test");
    await expect(page.getByTestId("signed-in-user")).toContainText("Siti Secretariat");
    await page.getByRole("button", { name: "Sign out" }).click();
    await login.expectShown();
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Factivities$/);
  });

  test("a copy of the session cookie stops working once its owner signs out", async ({ page, browser }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn("secretariat@demo.test");
    await expect(page.getByTestId("signed-in-user")).toContainText("Siti Secretariat");
    const stolen = await browser.newContext();
    await stolen.addCookies(await page.context().cookies());
    const thief = await stolen.newPage();
    await thief.goto("/activities");
    await expect(thief.getByTestId("signed-in-user")).toContainText("Siti Secretariat");

    await page.getByRole("button", { name: "Sign out" }).click();
    await login.expectShown();
    await thief.goto("/activities");
    await expect(thief).toHaveURL(/\/login\?callbackUrl=%2Factivities$/);
    await stolen.close();
  });

  test("a sign-in link cannot send you to another site", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto("https://evil.example/phish");
    await login.signIn("viewer@demo.test");
    await expect(page.getByRole("heading", { name: "Welcome, Vera Viewer" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });

  test("the health check answers without a session", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

test("pages carry a Content-Security-Policy whose scripts need a fresh nonce, and still work", async ({ page }) => {
  const first = await page.goto("/login");
  const csp = first!.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first!.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const second = await page.goto("/login");
  expect(second!.headers()["content-security-policy"]).not.toBe(csp);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await new LoginPage(page).signIn("viewer@demo.test");
  await expect(page.getByRole("heading", { name: "Welcome, Vera Viewer" })).toBeVisible();
  await page.goto("/activities");
  await page.getByLabel("Search", { exact: true }).fill("water");
  await expect(page).toHaveURL(/q=water/);
  expect(violations).toEqual([]);
});

test("after ten failed sign-ins the form says to wait, whatever the password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  for (let i = 0; i < 10; i++) {
    await login.signIn("someone.guessing@example.org", `guess ${i}`);
    await expect(login.failure()).toHaveText("Email or password is incorrect.");
  }
  await login.signIn("someone.guessing@example.org", "another guess");
  await expect(login.failure()).toHaveText("Too many failed sign-ins: try again in 1 minute.");
});
