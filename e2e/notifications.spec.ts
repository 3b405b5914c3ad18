import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

test("the reviewer's bell counts up when a focal point submits, and the notification leads to the activity", async ({
  browser,
}) => {
  const reviewer = await signedInPage(browser, "reviewer2@demo.test");
  const bell = reviewer.getByTestId("bell");
  const unread = async () => Number((await bell.getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0);
  const before = await unread();

  const focalPoint = await signedInPage(browser, "ohchr@demo.test");
  const title = `Consultation on treaty body reporting ${Date.now()}`;
  await focalPoint.getByRole("link", { name: "New activity" }).click();
  await focalPoint.getByLabel("Title", { exact: true }).fill(title);
  await focalPoint.getByLabel("Women's rights").check();
  await focalPoint.getByLabel("Search clauses by number or words of the text").fill("1.2.5");
  await focalPoint.getByLabel(/^1\.2\.5 /).check();
  await focalPoint.getByLabel("Start date", { exact: true }).fill("2027-03-15");
  await focalPoint.getByLabel("Country", { exact: true }).selectOption("PH");
  await focalPoint.getByRole("button", { name: "Save draft" }).click();
  await expect(focalPoint.getByRole("heading", { level: 1 })).toHaveText(title);
  await focalPoint.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(focalPoint.getByTestId("activity-status")).toHaveText("Submitted for review");

  // Other specs may notify this reviewer at the same time: the count rises by one at least.
  await reviewer.reload();
  expect(await unread()).toBeGreaterThanOrEqual(before + 1);
  await bell.click();
  const markRead = reviewer.getByRole("button", { name: `Mark read: Submitted for your review: ${title}` });
  await expect(markRead).toBeVisible();
  await reviewer.getByRole("link", { name: `Submitted for your review: ${title}` }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(title);

  // Opening it marked it read.
  await bell.click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  await expect(markRead).toHaveCount(0);
});
