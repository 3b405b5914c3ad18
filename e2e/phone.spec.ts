import { expect, test, type Page } from "@playwright/test";
import { PUBLIC_PAGES, SIGNED_IN_PAGES, SIGNED_OUT_PAGES } from "./fixtures/pages";
import { LoginPage } from "./pages/login-page";

// A phone held upright (390 x 844, as an iPhone 14): no page may be wider than the screen,
// the navigation folds behind a Menu button, and no page logs an error (a hydration
// mismatch shows there first).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    // A missing page answers 404 on purpose; the browser logs that as a failed resource.
    if (message.type() === "error" && !message.text().includes("404")) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function expectFitsTheScreen(page: Page, path: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
}

test("every page fits a phone's width, without errors", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  for (const path of SIGNED_OUT_PAGES) {
    await page.goto(path);
    await expectFitsTheScreen(page, path);
  }
  await page.goto("/login");
  await new LoginPage(page).signIn("admin@demo.test");
  await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  const pages = [...SIGNED_IN_PAGES];
  await page.goto("/activities");
  const firstActivity = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  pages.push(firstActivity!, `${firstActivity}/edit`);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectFitsTheScreen(page, path);
  }
  expect(errors).toEqual([]);
});

test("every public page fits a phone's width, without errors, signed in nowhere", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/public");
  const activity = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  for (const path of [...PUBLIC_PAGES, activity!]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    await expectFitsTheScreen(page, path);
  }
  expect(errors).toEqual([]);
});

test("on a phone the navigation opens from the Menu button and folds again on the next page", async ({ page }) => {
  await page.goto("/login");
  await new LoginPage(page).signIn("secretariat@demo.test");
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Calendar" }).click();
  await expect(page).toHaveURL(/\/calendar/);
  await expect(nav).toBeHidden();
  // The filters fold too, so that the results come first.
  await page.goto("/activities?year=2018");
  const filters = page.getByRole("button", { name: "Filters (1)" });
  await expect(page.getByLabel("Theme")).toBeHidden();
  await filters.click();
  await expect(page.getByLabel("Theme")).toBeVisible();
  await expect(page.getByLabel("Year", { exact: true })).toHaveValue("2018");
});
