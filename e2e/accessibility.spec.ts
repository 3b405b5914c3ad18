import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PUBLIC_PAGES, SIGNED_IN_PAGES, SIGNED_OUT_PAGES } from "./fixtures/pages";
import { LoginPage } from "./pages/login-page";

// axe (axe-core, the engine of Lighthouse's accessibility audit and of Deque's tools) on every
// page a signed-in administrator reaches, at desktop and at phone width: no critical or
// serious violation of WCAG 2.2 A and AA.

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× ${v.nodes[0]?.target.join(" ")}`);
}

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test.describe(`axe at ${device} width`, () => {
    test.use({ viewport });

    test("no page before signing in has a serious violation", async ({ page }) => {
      for (const path of SIGNED_OUT_PAGES) {
        await page.goto(path);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test("no public page has a serious violation, signed in nowhere", async ({ page }) => {
      test.setTimeout(120_000); // eight pages, the API reference among them, on a loaded machine
      await page.goto("/public");
      const activity = await page.getByRole("table").getByRole("link").first().getAttribute("href");
      const found: Record<string, string[]> = {};
      for (const path of [...PUBLIC_PAGES, activity!]) {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      expect(found).toEqual({});
    });

    // The signed-in pages in two halves, each its own test: axe takes 2-10 s a page, and 24
    // pages in one test outlasted its time on a slow hour of the CI machine.
    const half = Math.ceil(SIGNED_IN_PAGES.length / 2);
    for (const [part, pages] of [
      [`pages 1-${half}`, SIGNED_IN_PAGES.slice(0, half)],
      [`pages ${half + 1}-${SIGNED_IN_PAGES.length}`, SIGNED_IN_PAGES.slice(half)],
    ] as const) {
      test(`no signed-in page has a serious violation: ${part}`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.goto("/login");
        await new LoginPage(page).signIn("admin@demo.test");
        await expect(page.getByTestId("signed-in-user")).toBeAttached();
        await page.goto("/activities");
        const activity = await page.getByRole("table").getByRole("link").first().getAttribute("href");
        // An activity's own pages go with the first half.
        const own = pages[0] === SIGNED_IN_PAGES[0] ? [activity!, `${activity}/edit`] : [];
        const found: Record<string, string[]> = {};
        for (const path of [...pages, ...own]) {
          await page.goto(path);
          await expect(page.locator("main")).toBeVisible();
          const violations = await seriousViolations(page);
          if (violations.length > 0) found[path] = violations;
        }
        expect(found).toEqual({});
      });
    }
  });
}
