import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

test("the secretariat generates the 2017-2019 note, writes its introduction and downloads Word and PDF", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "secretariat@demo.test");
  await page.getByRole("link", { name: "Background Notes" }).click();
  await page.getByLabel("From", { exact: true }).fill("2017-01-01");
  await page.getByLabel("To", { exact: true }).fill("2019-12-31");
  await page.getByRole("button", { name: "Generate note" }).click();
  await expect(
    page.getByRole("heading", { name: "AICHR Background Note on Human Rights Cooperation", level: 1 }),
  ).toBeVisible();
  await expect(page.getByTestId("note-year-2017")).toContainText(
    "UNDP supported the AICHR Training on Business and Human Rights, 13–16 November 2017.",
  );
  await expect(page.getByRole("region", { name: /^1st AICHR-UN Meeting, 15 May 2018/ })).toBeVisible();

  await page
    .getByLabel("Introduction", { exact: true })
    .fill("Since the establishment of the AICHR in 2009, the UN system has been engaged.");
  await page.getByRole("button", { name: "Save introduction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Introduction", { exact: true })).toHaveValue(
    /^Since the establishment of the AICHR in 2009/,
  );

  // Leave the 2017 training out of the note, then bring it back.
  const year2017 = page.getByTestId("note-year-2017");
  const training = "UNDP supported the AICHR Training on Business and Human Rights, 13–16 November 2017.";
  const leaveOut = year2017
    .getByRole("listitem")
    .filter({ hasText: training })
    .getByRole("button", { name: "Leave out" });
  await expect(leaveOut).toHaveAccessibleDescription(training);
  await leaveOut.click();
  const leftOut = page.getByRole("region", { name: "Left out of this note" });
  await expect(leftOut).toContainText("AICHR Training on Business and Human Rights");
  await expect(year2017).not.toContainText(training);
  await leftOut.getByRole("button", { name: "Bring back" }).click();
  await expect(year2017).toContainText(training);
  await expect(leftOut).toHaveCount(0);

  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Word" }).click(),
  ]);
  expect(word.suggestedFilename()).toBe("AICHR Background Note on Human Rights Cooperation.docx");
  const xml = await (
    await JSZip.loadAsync(await streamToBuffer(await word.createReadStream()))
  )
    .file("word/document.xml")!
    .async("string");
  expect(xml).toContain("Since the establishment of the AICHR in 2009");

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("AICHR Background Note on Human Rights Cooperation.pdf");
  expect((await streamToBuffer(await pdf.createReadStream())).subarray(0, 5).toString()).toBe("%PDF-");
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

test("the secretariat exports the record as CSV and checks it back in: nothing would change", async ({ browser }) => {
  const page = await signedInPage(browser, "secretariat@demo.test");
  const csv = await (await page.request.get("/activities/export.csv?bom=1")).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("note2019-bhr-training-2017,AICHR Training on Business and Human Rights");
  await page.goto("/activities/import");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "activities.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-counts")).toContainText("0 to create, 0 to update");
  await expect(page.getByRole("button", { name: "Import 0 rows" })).toBeDisabled();
});
