import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

test("the secretariat generates the 2017-2019 note, edits it, sees the record change beside the edits, and downloads what is on screen", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "secretariat@demo.test");
  await page.getByRole("link", { name: "Background Notes" }).click();
  await page.getByLabel("From", { exact: true }).fill("2017-01-01");
  await page.getByLabel("To", { exact: true }).fill("2019-12-31");
  // Themes and organisations are checkable lists with a search box.
  await page.getByRole("searchbox", { name: "Search organisations" }).fill("unicef");
  await expect(page.getByRole("group", { name: "Organisations (optional)" }).getByRole("checkbox")).toHaveCount(1);
  await page.getByRole("searchbox", { name: "Search organisations" }).fill("");
  await page.getByRole("button", { name: "Generate note" }).click();
  await expect(
    page.getByRole("heading", { name: "AICHR Background Note on Human Rights Cooperation", level: 1 }),
  ).toBeVisible();
  await expect(page.getByTestId("note-year-2017")).toContainText(
    "UNDP organised the AICHR Training on Business and Human Rights with the AICHR, on 13–16 November 2017.",
  );
  await expect(page.getByRole("region", { name: "AICHR-UN Meeting" })).toContainText("the 1st AICHR-UN Meeting");

  // Edit the opening of Children's rights and the juvenile justice study's sentence.
  const theme = page.getByTestId("note-theme-childrens_rights");
  const opening = theme.locator('[data-part="theme:childrens_rights"]');
  await opening.getByRole("button", { name: "Edit" }).click();
  await page
    .getByLabel("Text of Opening of Children's rights")
    .fill("The AICHR has been active in promoting the implementation and reporting of the UNCRC.");
  await expect(opening.getByRole("status")).toHaveText("Saved.");
  await opening.getByRole("button", { name: "Done" }).click();
  await expect(opening.locator(".note-edited")).toHaveText("Edited");
  // Found by its key: while edited, the part holds a text box, not the text.
  const studyKey = await theme
    .locator('[data-part^="activity:"]')
    .filter({ hasText: "Thematic Study on Juvenile Justice" })
    .getAttribute("data-part");
  const study = page.locator(`[data-part="${studyKey}"]`);
  await study.getByRole("button", { name: "Edit" }).click();
  await page
    .getByLabel("Text of AICHR Thematic Study on Juvenile Justice", { exact: true })
    .fill("AICHR Thailand aims to complete a thematic study on juvenile justice.");
  await expect(study.getByRole("status")).toHaveText("Saved.");
  await study.getByRole("button", { name: "Done" }).click();
  await expect(study).toContainText("Edited");
  const noteUrl = page.url();

  // The study is rescheduled to Bangkok; the note is regenerated.
  await page.goto("/activities?q=juvenile");
  await page.getByRole("link", { name: "AICHR Thematic Study on Juvenile Justice" }).click();
  await page.getByRole("button", { name: "Reschedule", exact: true }).click();
  const reschedule = page.getByRole("dialog");
  await reschedule.getByLabel("Country", { exact: true }).selectOption("TH");
  await reschedule.getByLabel("City", { exact: true }).fill("Bangkok");
  await reschedule.getByRole("textbox", { name: "Reason for rescheduling" }).fill("Hosted by AICHR Thailand.");
  await reschedule.getByRole("button", { name: "Reschedule", exact: true }).click();
  await expect(reschedule).toBeHidden();
  await page.goto(noteUrl);
  await page.getByRole("button", { name: "Regenerate from the record" }).click();

  // The edits stay, and each shows what changed in the record since.
  await expect(opening).toContainText(
    "The AICHR has been active in promoting the implementation and reporting of the UNCRC.",
  );
  await expect(opening.getByRole("note")).toContainText("Changed: AICHR Thematic Study on Juvenile Justice");
  await expect(study).toContainText("AICHR Thailand aims to complete a thematic study on juvenile justice.");
  await expect(study.getByRole("note")).toContainText("Changed: AICHR Thematic Study on Juvenile Justice");
  // What was not edited reads the record anew.
  await expect(
    page.getByTestId("note-year-2019").getByRole("listitem").filter({ hasText: "Juvenile Justice" }),
  ).toContainText("in Bangkok, Thailand");

  // Typed text is saved before a download, so the file carries what is on screen.
  const intro = page.locator('[data-part="introduction"]');
  await intro.getByRole("button", { name: "Edit" }).click();
  await page
    .getByLabel("Text of Introduction")
    .fill("Since the establishment of the AICHR in 2009, the UN system has been engaged.");
  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Word" }).click(),
  ]);
  expect(word.suggestedFilename()).toBe("AICHR Background Note 2017-2019.docx");
  const zip = await JSZip.loadAsync(await streamToBuffer(await word.createReadStream()));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Since the establishment of the AICHR in 2009, the UN system has been engaged.");
  expect(xml).toContain("AICHR Thailand aims to complete a thematic study on juvenile justice.");
  expect(xml).not.toContain("<w:hyperlink");

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("AICHR Background Note 2017-2019.pdf");
  expect((await streamToBuffer(await pdf.createReadStream())).subarray(0, 5).toString()).toBe("%PDF-");

  // Leaving with unsaved text asks first.
  await intro.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Text of Introduction").fill("Text not saved yet");
  let warning = "";
  page.once("dialog", async (dialog) => {
    warning = dialog.message();
    await dialog.dismiss();
  });
  await page.getByRole("link", { name: "← All notes" }).click();
  await expect.poll(() => warning).toContain("not saved yet");
  await expect(page).toHaveURL(noteUrl);
});

test("the original 2019 note is in the record and can be read; a note can be deleted", async ({ browser }) => {
  const page = await signedInPage(browser, "secretariat@demo.test");
  await page.goto("/reports/background-note");
  await page.getByRole("listitem").filter({ hasText: "1 January 2011 – 31 December 2019" }).getByRole("link").click();
  await expect(
    page.getByText("Since 2015, UNDP has been working closely with the AICHR on business and human rights"),
  ).toBeVisible();

  await page.goto("/reports/background-note");
  await page.getByLabel("Title", { exact: true }).fill("A note to delete");
  await page.getByLabel("From", { exact: true }).fill("2018-01-01");
  await page.getByLabel("To", { exact: true }).fill("2018-12-31");
  await page.getByRole("button", { name: "Generate note" }).click();
  await page.getByRole("button", { name: "Delete note" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/background-note$/);
  await expect(page.getByRole("link", { name: "A note to delete" })).toHaveCount(0);
});

test("a note opens one section at a time from its contents", async ({ browser }) => {
  const page = await signedInPage(browser, "viewer@demo.test");
  await page.goto("/reports/background-note");
  await page.getByRole("listitem").filter({ hasText: "1 January 2011 – 31 December 2019" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/reports\/background-note\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}?section=year-2017`);
  const contents = page.getByRole("navigation", { name: "Sections of the note" });
  await expect(contents.getByRole("link", { name: /^III\. 2017/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("note-year-2017")).toBeVisible();
  await expect(page.getByTestId("note-year-2018")).toHaveCount(0);
  await expect(page.locator('[data-testid^="note-theme-"]')).toHaveCount(0);
  await contents.getByRole("link", { name: "A. Introduction" }).click();
  await expect(page).toHaveURL(/section=introduction$/);
  await expect(page.getByRole("heading", { name: "A. Introduction" })).toBeVisible();
  await expect(page.getByTestId("note-year-2017")).toHaveCount(0);
});

test("a published note opens one section at a time on the public register too", async ({ browser }) => {
  const page = await signedInPage(browser, "secretariat@demo.test");
  await page.goto("/reports/background-note");
  await page.getByRole("listitem").filter({ hasText: "1 January 2011 – 31 December 2019" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/reports\/background-note\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").at(-1)!;
  await page.getByRole("button", { name: "Publish on the public register" }).click();
  await expect(page.getByRole("button", { name: "Take off the public register" })).toBeVisible();
  try {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/public/notes/${id}?section=year-2017`);
    const contents = visitor.getByRole("navigation", { name: "Sections of the note" });
    await expect(contents.getByRole("link", { name: /^III\. 2017/ })).toHaveAttribute("aria-current", "page");
    await expect(contents).not.toContainText("Word and PDF");
    await expect(visitor.getByTestId("note-year-2017")).toBeVisible();
    await expect(visitor.getByTestId("note-year-2018")).toHaveCount(0);
    await contents.getByRole("link", { name: "A. Introduction" }).click();
    await expect(visitor).toHaveURL(new RegExp(`/public/notes/${id}\\?section=introduction$`));
    await expect(visitor.getByRole("heading", { name: "A. Introduction" })).toBeVisible();
    // The note as it opens is short enough to read as one page, without the contents.
    await visitor.goto(`/public/notes/${id}`);
    await expect(visitor.getByTestId("note-year-2017")).toBeVisible();
    await expect(visitor.getByRole("navigation", { name: "Sections of the note" })).toHaveCount(0);
  } finally {
    await page.getByRole("button", { name: "Take off the public register" }).click();
    await expect(page.getByRole("button", { name: "Publish on the public register" })).toBeVisible();
  }
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
