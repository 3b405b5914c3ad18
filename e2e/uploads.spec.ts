import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SAMPLE_FILES } from "../tests/files";
import { signedInPage } from "./fixtures/users";

// A completion report carries ten files of 10 MB, as the form says: the body limits of the
// proxy and of server actions let them through (the proxy once cut every body at 10 MB).
// An eleventh file, or one of 11 MB, is refused at the field with its message.

const MB = 1024 * 1024;
/** A PDF (by its content) of exactly this many bytes, as a file (Playwright sends buffers only up to 50 MB). */
const pdfOf = (name: string, bytes: number) => {
  const path = test.info().outputPath(`${bytes}-${name}`);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const buffer = Buffer.alloc(bytes, 0x20);
    Buffer.from(SAMPLE_FILES.pdf).copy(buffer);
    writeFileSync(path, buffer);
  }
  return path;
};

/** The report form of a completed activity that still owes a report the secretariat may submit. */
async function openReportForm(page: Page): Promise<string> {
  await page.goto("/activities?status=completed");
  const hrefs = await page
    .locator('a[href^="/activities/"]')
    .evaluateAll((links) =>
      [...new Set(links.map((a) => a.getAttribute("href")!))].filter((h) => /^\/activities\/[0-9a-f-]{36}$/.test(h)),
    );
  for (const href of hrefs) {
    await page.goto(`${href}/report`);
    if (await page.getByLabel("Attachments", { exact: true }).count()) return href;
  }
  throw new Error("No completed activity owes a report");
}

test("a report takes ten files of 10 MB; an eleventh, or one of 11 MB, is refused at the field", async ({
  browser,
}) => {
  // 100 MB read, checked by content and stored: over a minute on two shared cores under load.
  test.setTimeout(180_000);
  const page = await signedInPage(browser, "secretariat@demo.test");
  const activity = await openReportForm(page);
  const files = page.getByLabel("Attachments", { exact: true });
  const submit = page.getByRole("button", { name: "Submit report" });

  await files.setInputFiles(Array.from({ length: 11 }, (_, i) => pdfOf(`annex-${i + 1}.pdf`, 10 * MB)));
  await expect(page.getByText("At most 10 files.")).toBeVisible();
  await expect(submit).toBeDisabled();
  await files.setInputFiles([pdfOf("too-big.pdf", 11 * MB)]);
  await expect(page.getByText(`${11 * MB}-too-big.pdf is larger than 10 MB.`)).toBeVisible();
  await expect(submit).toBeDisabled();

  await page.getByLabel("Participants in total", { exact: true }).fill("30");
  await page.getByLabel("Women", { exact: true }).fill("15");
  await page.getByLabel("Men", { exact: true }).fill("15");
  await page.getByLabel("Government", { exact: true }).fill("30");
  await page.getByLabel("Outcomes", { exact: true }).fill("Ten annexes of ten megabytes each.");
  await files.setInputFiles(Array.from({ length: 10 }, (_, i) => pdfOf(`annex-${i + 1}.pdf`, 10 * MB)));
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page).toHaveURL(new RegExp(`${activity}#reports$`), { timeout: 120_000 });
  for (const n of [1, 10]) await expect(page.getByRole("link", { name: `${10 * MB}-annex-${n}.pdf` })).toBeVisible();
});
