import { expect, test } from "@playwright/test";
import { SAMPLE_FILES } from "../tests/files";
import { signedInPage } from "./fixtures/users";
import { ActivityPage } from "./pages/activity-page";

// A few days back, so that the activity can be marked completed today.
const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

test("an activity's whole life: proposed, reviewed, scheduled, completed, reported and approved", async ({
  browser,
}) => {
  test.setTimeout(120_000); // three people, a dozen steps
  const title = `Regional Dialogue on Child Online Protection ${Date.now()}`;
  const focalPoint = await signedInPage(browser, "unicef@demo.test");
  const reviewer = await signedInPage(browser, "reviewer@demo.test");
  const secondReviewer = await signedInPage(browser, "reviewer2@demo.test");

  // The UNICEF focal point proposes it.
  await focalPoint.getByRole("link", { name: "New activity" }).click();
  await focalPoint.getByLabel("Title", { exact: true }).fill(title);
  await focalPoint.getByLabel("Summary", { exact: true }).fill("A dialogue with AICHR on protecting children online.");
  await focalPoint.getByLabel("Type", { exact: true }).selectOption("dialogue");
  await focalPoint.getByLabel("Children's rights", { exact: true }).check();
  await focalPoint.getByRole("button", { name: "Add organisation" }).click();
  await focalPoint
    .getByLabel("Organisation 1", { exact: true })
    .selectOption({ label: "AICHR — ASEAN Intergovernmental Commission on Human Rights" });
  await focalPoint.getByLabel("Role of organisation 1", { exact: true }).selectOption("co_organiser");
  await focalPoint
    .getByLabel("Search clauses by number or words of the text", { exact: true })
    .fill("women children ACWC");
  await focalPoint.getByLabel(/^1\.2\.4 /).check();
  await focalPoint.getByLabel("Start date", { exact: true }).fill(lastWeek);
  await focalPoint.getByLabel("City", { exact: true }).fill("Bangkok");
  await focalPoint.getByLabel("Country", { exact: true }).selectOption("TH");
  await focalPoint.getByRole("button", { name: "Save draft" }).click();
  await expect(focalPoint.getByRole("heading", { level: 1 })).toHaveText(title);
  const url = new URL(focalPoint.url()).pathname;
  const asFocalPoint = new ActivityPage(focalPoint, url);
  await expect(asFocalPoint.status()).toHaveText("Draft");
  await asFocalPoint.button("Submit for review").click();
  await expect(asFocalPoint.status()).toHaveText("Submitted for review");

  // The reviewer finds it waiting and asks for changes.
  await reviewer.reload();
  await reviewer.getByRole("link", { name: /Waiting for you/ }).click();
  await reviewer.getByRole("link", { name: title }).click();
  const asReviewer = new ActivityPage(reviewer, url);
  await asReviewer.actWithComment("Request changes", "Please give the expected number of participants.");
  await expect(asReviewer.status()).toHaveText("Changes requested");

  // The focal point edits and submits again.
  await asFocalPoint.goto();
  await focalPoint.getByRole("link", { name: "Edit", exact: true }).click();
  await focalPoint.getByLabel("Expected participants", { exact: true }).fill("40");
  await focalPoint.getByRole("button", { name: "Save draft" }).click();
  await expect(focalPoint.getByRole("heading", { level: 1 })).toHaveText(title);
  await asFocalPoint.button("Submit for review").click();
  await expect(asFocalPoint.status()).toHaveText("Submitted for review");

  // The reviewer approves: it is scheduled.
  await asReviewer.goto();
  await asReviewer.button("Approve").click();
  await expect(asReviewer.status()).toHaveText("Scheduled");

  // The venue moves: the focal point reschedules, starting from the current dates and place.
  await asFocalPoint.goto();
  await asFocalPoint.button("Reschedule").click();
  const reschedule = focalPoint.getByRole("dialog");
  await expect(reschedule.getByLabel("Start date", { exact: true })).toHaveValue(lastWeek);
  await expect(reschedule.getByLabel("Country", { exact: true })).toHaveValue("TH");
  await reschedule.getByLabel("City", { exact: true }).fill("Chiang Mai");
  await reschedule.getByRole("textbox", { name: "Reason for rescheduling" }).fill("The venue moved.");
  await reschedule.getByRole("button", { name: "Reschedule", exact: true }).click();
  await expect(reschedule).toBeHidden();
  await expect(focalPoint.getByRole("region", { name: "Details" })).toContainText("Chiang Mai, Thailand");

  // It took place: the focal point marks it completed and reports, with a PDF.
  await asFocalPoint.confirm("Mark completed");
  await expect(asFocalPoint.status()).toHaveText("Completed");
  await focalPoint.getByRole("link", { name: "Submit report" }).click();
  await focalPoint.getByLabel("Participants in total", { exact: true }).fill("40");
  await focalPoint.getByLabel("Women", { exact: true }).fill("22");
  await focalPoint.getByLabel("Men", { exact: true }).fill("17");
  await focalPoint.getByLabel("Other or not stated", { exact: true }).fill("1");
  await focalPoint.getByLabel("Government", { exact: true }).fill("20");
  await focalPoint.getByLabel("Civil society", { exact: true }).fill("20");
  await focalPoint
    .getByLabel("Outcomes", { exact: true })
    .fill("Agreed on a regional checklist for child online protection.");
  await focalPoint.getByLabel("Attachments", { exact: true }).setInputFiles({
    name: "summary.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(SAMPLE_FILES.pdf),
  });
  await focalPoint.getByRole("button", { name: "Submit report" }).click();
  await expect(asFocalPoint.report("UNICEF")).toContainText("Report submitted");
  await expect(asFocalPoint.report("UNICEF").getByRole("link", { name: "summary.pdf" })).toBeVisible();

  // Another reviewer returns it; the focal point completes it and submits again.
  const asSecondReviewer = new ActivityPage(secondReviewer, url);
  await asSecondReviewer.goto();
  await asSecondReviewer.actWithComment("Return report", "Please add the follow-up actions.");
  await expect(asSecondReviewer.report("UNICEF")).toContainText("Report returned");
  await asFocalPoint.goto();
  await focalPoint.getByRole("link", { name: "Submit report" }).click();
  await expect(focalPoint.getByLabel("Outcomes", { exact: true })).toHaveValue(
    "Agreed on a regional checklist for child online protection.",
  );
  await focalPoint
    .getByLabel("Follow-up actions", { exact: true })
    .fill("UNICEF shares the checklist with ACWC in 2027.");
  await focalPoint.getByRole("button", { name: "Submit report" }).click();
  await expect(asFocalPoint.report("UNICEF")).toContainText("Report submitted");

  // Approved, it is read-only.
  await asSecondReviewer.goto();
  await asSecondReviewer.report("UNICEF").getByRole("button", { name: "Approve report" }).click();
  await expect(asSecondReviewer.report("UNICEF")).toContainText("Report approved");
  await asFocalPoint.goto();
  await expect(asFocalPoint.report("UNICEF")).toContainText("Report approved");
  await expect(focalPoint.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(focalPoint.getByRole("link", { name: "Submit report" })).toHaveCount(0);
  await expect(asFocalPoint.report("UNICEF").getByRole("button")).toHaveCount(0);

  // The history shows every step.
  await expect(asFocalPoint.history()).toHaveText([
    /^Created by Uma UNICEF \(UNICEF\)/,
    /^Submitted for review by Uma UNICEF/,
    /^Changes requested by Rizal Reviewer.*“Please give the expected number of participants\.”/,
    /^Edited by Uma UNICEF.*Expected participants: \(empty\) → 40/,
    /^Submitted for review by Uma UNICEF/,
    /^Approved: scheduled by Rizal Reviewer/,
    /^Rescheduled by Uma UNICEF.*Place: Bangkok, Thailand → Chiang Mai, Thailand.*“The venue moved\.”/,
    /^Marked completed by Uma UNICEF/,
    /^Report submitted by Uma UNICEF/,
    /^File attached by Uma UNICEF.*summary\.pdf/,
    /^Report returned by Rosa Reviewer.*“Please add the follow-up actions\.”/,
    /^Report submitted by Uma UNICEF/,
    /^Report approved by Rosa Reviewer/,
  ]);

  // The attachment downloads as a PDF attachment.
  const download = await focalPoint.request.get(
    (await asFocalPoint.report("UNICEF").getByRole("link", { name: "summary.pdf" }).getAttribute("href"))!,
  );
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="summary\.pdf"/);

  // A focal point of another agency sees it but cannot change it.
  const otherAgency = await signedInPage(browser, "undp@demo.test");
  const asOtherAgency = new ActivityPage(otherAgency, url);
  await asOtherAgency.goto();
  await expect(asOtherAgency.heading()).toHaveText(title);
  await expect(otherAgency.getByRole("main").getByRole("button")).toHaveCount(0);
  const edit = await otherAgency.goto(`${url}/edit`);
  expect(edit?.status()).toBe(404);
});
