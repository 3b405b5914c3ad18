import { expect, test } from "@playwright/test";
import { signedInPage } from "./fixtures/users";

// The secretariat keeps series of meetings and numbers each meeting in its series; the
// series page lists them in order. This spec adds to the record (a series, a meeting), so its
// name puts it in the "workflow" project, after the specs that count what the seed holds.

test("the secretariat adds a series, numbers a meeting in a series (a taken number is told by the field), and finds it on the series page", async ({
  browser,
}) => {
  const secretariat = await signedInPage(browser, "secretariat@demo.test");
  const stamp = Date.now().toString(36).toUpperCase();

  // A new series, from the main navigation.
  await secretariat.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Series" }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Series of meetings");
  const addForm = secretariat.getByRole("region", { name: "Add a series" });
  await addForm.getByLabel("Name", { exact: true }).fill(`AICHR-EU Policy Dialogue ${stamp}`);
  await addForm.getByLabel("Code", { exact: true }).fill(`aichr-eu-${stamp}`);
  await addForm
    .getByLabel("Context (optional)", { exact: true })
    .fill("The AICHR and the European Union have held a policy dialogue on human rights since 2015.");
  await addForm.getByRole("button", { name: "Add series" }).click();
  await expect(addForm).toContainText(`AICHR-EU Policy Dialogue ${stamp} was added.`);
  await expect(secretariat.getByRole("link", { name: `AICHR-EU Policy Dialogue ${stamp}` })).toBeVisible();

  // A meeting numbered as the seed's 2nd AICHR-UN Meeting: the field says so, nothing is saved.
  const title = `3rd AICHR-UN Meeting ${stamp}`;
  await secretariat.goto("/activities/new");
  await secretariat.getByLabel("Title", { exact: true }).fill(title);
  await secretariat.getByLabel("Type", { exact: true }).selectOption("meeting");
  await secretariat
    .getByLabel("Lead organisation", { exact: true })
    .selectOption({ label: "AICHR — ASEAN Intergovernmental Commission on Human Rights" });
  const series = secretariat.getByLabel("Series", { exact: true });
  await expect(series.locator("option").first()).toHaveText("None");
  await series.selectOption({ label: "AICHR-UN Meeting" });
  const number = secretariat.getByLabel("Number in the series", { exact: true });
  await number.fill("2");
  await secretariat.getByRole("button", { name: "Save draft" }).click();
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(number).toHaveAccessibleDescription(
    /Number 2 in AICHR-UN Meeting is already taken by “2nd AICHR-UN Meeting”\./,
  );
  await expect(secretariat).toHaveURL(/\/activities\/new$/);

  await number.fill("3");
  await secretariat.getByRole("button", { name: "Save draft" }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(title);
  await secretariat.getByTestId("activity-series").getByRole("link", { name: "3rd AICHR-UN Meeting" }).click();

  // The series page: its meetings in their order, with dates and status.
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("AICHR-UN Meeting");
  const meetings = secretariat.getByTestId("series-meeting");
  await expect(meetings).toHaveCount(3);
  await expect(meetings.nth(0)).toContainText("1st");
  await expect(meetings.nth(0)).toContainText("15 May 2018");
  await expect(meetings.nth(0)).toContainText("Completed");
  await expect(meetings.nth(1)).toContainText("2nd AICHR-UN Meeting");
  await expect(meetings.nth(1)).toContainText("Scheduled");
  await expect(meetings.nth(2)).toContainText("3rd");
  await expect(meetings.nth(2)).toContainText(title);
  await expect(meetings.nth(2)).toContainText("Draft");

  // The viewer reads series but is not offered to add or edit one.
  const viewer = await signedInPage(browser, "viewer@demo.test");
  await viewer.goto("/series");
  await expect(viewer.getByRole("link", { name: "AICHR-UN Meeting" })).toBeVisible();
  await expect(viewer.getByRole("region", { name: "Add a series" })).toHaveCount(0);
  await viewer.getByRole("link", { name: "AICHR-UN Meeting" }).click();
  await expect(viewer.getByTestId("series-meeting")).toHaveCount(3);
  await expect(viewer.getByRole("region", { name: "Edit the series" })).toHaveCount(0);
});
