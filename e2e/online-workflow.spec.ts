import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";
import { ActivityPage } from "./pages/activity-page";

// An online meeting, as the AICHR has held them since 2020: entered with no venue and a
// meeting link, submitted without a country, and published without its link.

const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
const LINK = "https://asean.zoom.us/j/81234567890?pwd=e2eonline";

test("an online meeting is entered without a venue, submitted, and published without its link", async ({
  browser,
}) => {
  test.setTimeout(120_000); // two people and a visitor
  const title = `Special Meeting of the AICHR by videoconference ${Date.now()}`;
  const focalPoint = await signedInPage(browser, "unicef@demo.test");
  const reviewer = await signedInPage(browser, "reviewer@demo.test");

  await focalPoint.getByRole("link", { name: "New activity" }).click();
  await focalPoint.getByLabel("Title", { exact: true }).fill(title);
  await focalPoint.getByLabel("Type", { exact: true }).selectOption("meeting");
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

  // In person by default: a venue, its country required to submit, no link.
  const held = focalPoint.getByRole("group", { name: "How it is held" });
  await expect(held.getByRole("radio", { name: "In person", exact: true })).toBeChecked();
  const country = focalPoint.getByLabel("Country", { exact: true });
  await expect(country).toBeVisible();
  await expect(focalPoint.locator("#countryCode-hint")).toHaveText("Required to submit");
  const link = focalPoint.getByLabel("Meeting link", { exact: true });
  await expect(link).toBeHidden();
  await expect(focalPoint.getByTestId("submission-checklist")).toContainText("Give the country.");

  // By keyboard: from In person, the arrow moves to Online. The venue goes, the link comes.
  await held.getByRole("radio", { name: "In person", exact: true }).focus();
  await focalPoint.keyboard.press("ArrowRight");
  await expect(held.getByRole("radio", { name: "Online", exact: true })).toBeChecked();
  await expect(country).toBeHidden();
  await expect(focalPoint.getByLabel("City", { exact: true })).toBeHidden();
  await expect(focalPoint.getByTestId("submission-checklist")).not.toContainText("Give the country.");

  // Hybrid: the venue is back, and required again.
  await held.getByRole("radio", { name: "Hybrid", exact: true }).check();
  await expect(country).toBeVisible();
  await expect(link).toBeVisible();
  await expect(focalPoint.getByTestId("submission-checklist")).toContainText("Give the country.");
  await held.getByRole("radio", { name: "Online", exact: true }).check();

  // A link that is not a web address is refused by the field.
  await link.fill("zoom.us/j/81234567890");
  await focalPoint.getByRole("button", { name: "Save draft" }).click();
  await expect(focalPoint.locator("#meetingLink-error")).toHaveText(
    "Enter the meeting link as a web address (https://…).",
  );
  await link.fill(LINK);
  await focalPoint.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(focalPoint.getByRole("heading", { level: 1 })).toHaveText(title);
  const url = new URL(focalPoint.url()).pathname;
  const asFocalPoint = new ActivityPage(focalPoint, url);
  await expect(asFocalPoint.status()).toHaveText("Submitted for review");
  const details = focalPoint.getByRole("region", { name: "Details" });
  await expect(details).toContainText("Online");
  await expect(focalPoint.getByTestId("meeting-link")).toHaveAttribute("href", LINK);

  // The reviewer approves: scheduled, and on the public register.
  const asReviewer = new ActivityPage(reviewer, url);
  await asReviewer.goto();
  await asReviewer.button("Approve").click();
  await expect(asReviewer.status()).toHaveText("Scheduled");

  // A visitor sees how it is held, never where to join.
  const visitor = await (await browser.newContext()).newPage();
  const id = url.split("/").at(-1)!;
  await visitor.goto(`/public/activities/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("Online", { exact: true })).toBeVisible();
  expect(await visitor.content()).not.toContain("e2eonline");
  const api = await visitor.request.get(`/api/v1/activities/${id}`);
  expect(api.ok()).toBe(true);
  const body = await api.text();
  expect(JSON.parse(body)).toMatchObject({ mode: "online", place: null });
  expect(body).not.toContain("e2eonline");
});
