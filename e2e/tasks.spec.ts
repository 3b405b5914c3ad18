import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";
import { ActivityPage } from "./pages/activity-page";

// The three tasks of issue 16, each in the fewest steps the app allows: a focal point
// proposes an activity and submits it at once, a reviewer approves it from the queue, and
// the secretariat finds a 2018 activity on the calendar.

test("a focal point proposes and submits in one step; a reviewer approves it from the queue", async ({ browser }) => {
  const title = `Dialogue on business and human rights ${Date.now()}`;
  const focalPoint = await signedInPage(browser, "unicef@demo.test");
  await focalPoint.getByRole("link", { name: "New activity" }).click();
  await focalPoint.getByLabel("Title", { exact: true }).fill(title);

  // What a submission needs is marked and checked as the form is filled in.
  const checklist = focalPoint.getByTestId("submission-checklist");
  await expect(checklist).toContainText("Choose at least one theme.");
  await focalPoint.getByLabel("Children's rights", { exact: true }).check();
  await focalPoint.getByLabel("Search clauses by number or words of the text", { exact: true }).fill("1.2.4");
  await focalPoint.getByLabel(/^1\.2\.4 /).check();
  await focalPoint.getByLabel("Start date", { exact: true }).fill("2027-05-12");
  await focalPoint.getByLabel("Country", { exact: true }).selectOption("TH");
  await expect(checklist).toHaveText("Everything required for review is given.");
  await focalPoint.getByRole("button", { name: "Save and submit for review" }).click();

  await expect(focalPoint.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(focalPoint.getByTestId("activity-status")).toHaveText("Submitted for review");
  await expect(focalPoint.getByTestId("transition-done")).toContainText("Submitted for review.");

  // The reviewer sees who sent it and from where, opens it from the queue and approves.
  const reviewer = await signedInPage(browser, "reviewer@demo.test");
  await reviewer.getByRole("link", { name: /Waiting for you/ }).click();
  const entry = reviewer.getByTestId("queue-entry").filter({ hasText: title });
  await expect(entry).toContainText(/Submitted by:\s*Uma UNICEF/);
  await expect(entry).toContainText(/Organisation:\s*UNICEF/);
  await expect(entry).toContainText("12 May 2027");
  await entry.getByRole("link", { name: title }).click();
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("activity-status")).toHaveText("Scheduled");
  await expect(reviewer.getByTestId("transition-done")).toContainText("Approved: the activity is scheduled");

  // Scheduled for May 2027: "Mark completed" is shown, disabled, with the day it becomes possible.
  const asFocalPoint = new ActivityPage(focalPoint, new URL(focalPoint.url()).pathname);
  await asFocalPoint.goto();
  await expect(asFocalPoint.button("Mark completed")).toBeDisabled();
  await expect(focalPoint.getByTestId("blocked-reason")).toHaveText("Can be marked completed from 12 May 2027.");
});

test("the secretariat finds a 2018 activity on the calendar", async ({ browser }) => {
  const secretariat = await signedInPage(browser, "secretariat@demo.test");
  await secretariat.getByRole("link", { name: "Calendar" }).click();
  await secretariat.getByLabel("Year", { exact: true }).selectOption("2018");
  await expect(secretariat.getByTestId("calendar-month")).toContainText("2018");
  const agenda = secretariat.getByTestId("agenda");
  await agenda.getByRole("link").first().click();
  await expect(secretariat.getByRole("region", { name: "Details" })).toContainText("2018");
});
