import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

// Named *-workflow.spec so it runs in the "workflow" project (after the record's counts are read):
// it adds an activity to the record.

test("an activity held in parts: entered by the keyboard as parts, shown as people read them, and back to one range", async ({
  browser,
}) => {
  const title = `AICHR 34th Meeting in parts ${Date.now()}`;
  const page = await signedInPage(browser, "unicef@demo.test");

  await page.getByRole("link", { name: "New activity" }).click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Type", { exact: true }).selectOption("meeting");
  await page.getByLabel("Start date", { exact: true }).fill("2021-07-12");
  await page.getByLabel("End date", { exact: true }).fill("2021-07-14");

  // The range becomes part 1; part 2 gets the focus.
  await page.getByRole("button", { name: "Add another part" }).click();
  await expect(page.getByLabel("Start date", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Part 1 start date", { exact: true })).toHaveValue("2021-07-12");
  await expect(page.getByLabel("Part 1 end date", { exact: true })).toHaveValue("2021-07-14");
  await expect(page.getByLabel("Part 2 start date", { exact: true })).toBeFocused();
  await page.getByLabel("Part 2 start date", { exact: true }).fill("2021-07-26");

  // A third part before the second ends is refused by its field.
  await page.getByRole("button", { name: "Add another part" }).click();
  await page.getByLabel("Part 3 start date", { exact: true }).fill("2021-07-20");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Part 3 must start after part 2 ends.")).toBeVisible();
  await expect(page.getByLabel("Part 3 start date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Remove part 3" }).click();
  await expect(page.getByLabel("Part 3 start date", { exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const dates = page.locator("dt", { hasText: /^Dates$/ }).locator("xpath=following-sibling::dd");
  await expect(dates).toHaveText("12\u201314 and 26 July 2021");

  // Editing shows the parts; removing part 1 leaves part 2 as the one range.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByLabel("Part 2 start date", { exact: true })).toHaveValue("2021-07-26");
  await page.getByRole("button", { name: "Remove part 1" }).click();
  await expect(page.getByLabel("Part 1 start date", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Start date", { exact: true })).toHaveValue("2021-07-26");
  await expect(page.getByLabel("Start date", { exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(dates).toHaveText("26 July 2021");
});
