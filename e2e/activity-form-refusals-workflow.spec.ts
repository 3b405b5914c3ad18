import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

// The activity form's two refusals: a submission that lacks something (caught before anything
// is sent) and a save that lost to someone else's (the server's conflict, shown with who and when).
test("the activity form says what a submission lacks, and who saved first when a save loses", async ({ browser }) => {
  const title = `Workshop on Migrant Workers' Rights ${Date.now()}`;
  const focalPoint = await signedInPage(browser, "unicef@demo.test");

  // Nothing required for review is given: "Save and submit" stays on the form and says what is missing.
  await focalPoint.getByRole("link", { name: "New activity" }).click();
  await focalPoint.getByLabel("Title", { exact: true }).fill(title);
  await focalPoint.getByLabel("Summary", { exact: true }).fill("A workshop with ACMW on the rights of migrant workers.");
  await focalPoint.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(focalPoint.getByRole("alert").first()).toHaveText(
    "Fill in what is required to submit, or save the draft for later.",
  );
  await expect(focalPoint.locator("#themes-error")).toHaveText("Choose at least one theme.");
  await expect(focalPoint).toHaveURL(/\/activities\/new$/);
  await expect(focalPoint.getByLabel("Title", { exact: true })).toHaveValue(title);

  // Saved as a draft instead.
  await focalPoint.getByRole("button", { name: "Save draft" }).click();
  await expect(focalPoint.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(focalPoint.getByTestId("activity-status")).toHaveText("Draft");
  const activityPath = new URL(focalPoint.url()).pathname;

  // Two tabs edit the same draft; the first to save wins.
  const first = focalPoint;
  const second = await focalPoint.context().newPage();
  await first.goto(`${activityPath}/edit`);
  await second.goto(`${activityPath}/edit`);
  await first.getByLabel("Expected participants", { exact: true }).fill("30");
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(title);

  await second.getByLabel("Title", { exact: true }).fill(`${title} (revised)`);
  await second.getByRole("button", { name: "Save draft" }).click();
  const notice = second.getByRole("alert").filter({ hasText: "while you were working on it" });
  await expect(notice).toContainText(/This entry was changed by Uma UNICEF at .+ while you were working on it\./);
  await expect(notice.getByRole("link", { name: "Open the newer version in a new tab" })).toHaveAttribute(
    "href",
    activityPath,
  );
  // Nothing was saved and the typing is kept.
  await expect(second).toHaveURL(new RegExp(`${activityPath}/edit$`));
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(`${title} (revised)`);
  await first.reload();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(title);
});
