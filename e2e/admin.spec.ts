import { expect, test } from "@playwright/test";
import { SEED_ACTIVITIES } from "../db/seed/activities";
import { SEED_PLAN } from "../db/seed/plan";
import { signedInPage } from "./fixtures/users";
import { ActivitiesPage } from "./pages/activities-page";
import { AdminOrganisationsPage } from "./pages/admin-organisations-page";

// An administrator keeps the organisations and the Plan of Action. This spec adds to the
// record (an edition, for good), so it runs in the "workflow" project, after the specs that
// count what the seed holds; the organisation it retires it reinstates.

test("an admin retires an organisation, which leaves new choices but stays on its activities, and reinstates it", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, "admin@demo.test");
  const organisations = new AdminOrganisationsPage(admin);
  await organisations.goto();

  // Going back from the confirmation changes nothing.
  let dialog = await organisations.open("Retire", "OSAPG");
  await expect(dialog.getByRole("heading", { name: "Retire OSAPG?" })).toBeVisible();
  await expect(dialog).toContainText("keep their accounts");
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(dialog).toBeHidden();
  await expect(organisations.retiredBadge("OSAPG")).toHaveCount(0);

  dialog = await organisations.open("Retire", "OSAPG");
  await dialog.getByRole("button", { name: "Retire", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(organisations.retiredBadge("OSAPG")).toBeVisible();
  await expect(organisations.row("OSAPG").getByRole("button", { name: "Reinstate OSAPG" })).toBeVisible();

  // Not offered for a new activity...
  await admin.goto("/activities/new");
  const lead = admin.getByLabel("Lead organisation", { exact: true });
  await expect(lead.locator("option", { hasText: "UNICEF —" })).toHaveCount(1);
  await expect(lead.locator("option", { hasText: "OSAPG" })).toHaveCount(0);

  // ...but its activities keep it, marked retired.
  const seminar = SEED_ACTIVITIES.find((a) => a.lead === "OSAPG" || a.involved.some(([code]) => code === "OSAPG"))!;
  const list = new ActivitiesPage(admin);
  await list.goto("?org=OSAPG");
  await list.open(seminar.title);
  const involved = admin.getByRole("region", { name: "Organisations" });
  await expect(
    involved.getByRole("listitem").filter({ hasText: "Office of the Special Adviser on the Prevention of Genocide" }),
  ).toContainText("retired");

  await organisations.goto();
  dialog = await organisations.open("Reinstate", "OSAPG");
  await dialog.getByRole("button", { name: "Reinstate", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(organisations.row("OSAPG").getByRole("button", { name: "Retire OSAPG" })).toBeVisible();
  await expect(organisations.retiredBadge("OSAPG")).toHaveCount(0);
});

test("an admin adds a plan framework and an edition of it, offered by the activity form while in force, and records what a later edition's clause continues", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, "admin@demo.test");
  // Another framework than the seeded Plan of Action: a later edition of that one would
  // replace it in force for today's activities, which the other specs link to its clauses.
  const framework = "AICHR Five-Year Work Plan";
  const title = "AICHR Five-Year Work Plan 2026-2030";
  await admin.goto("/plan");
  await admin.getByRole("link", { name: "Manage editions" }).click();
  await expect(admin.getByRole("row").filter({ hasText: SEED_PLAN.edition.title })).toContainText("8 linked");
  await admin.getByRole("link", { name: "Add a framework" }).click();
  await admin.getByLabel("Code", { exact: true }).fill("aichr-wp");
  await admin.getByLabel("Name", { exact: true }).fill(framework);
  await admin.getByLabel("Adopted by (optional)").fill("the AICHR");
  await admin.getByRole("button", { name: "Add framework" }).click();
  await expect(admin).toHaveURL(/\/admin\/plan$/);
  await expect(admin.getByRole("heading", { level: 2, name: new RegExp(framework) })).toContainText("AICHR-WP");

  await admin.getByRole("link", { name: "Add an edition" }).click();
  await admin.getByLabel("Code", { exact: true }).fill("aichr-wp-2026-2030");
  await admin.getByLabel("Title", { exact: true }).fill(title);
  await admin.getByLabel("Start year").fill("2026");
  await admin.getByLabel("End year").fill("2030");
  await admin.getByLabel("Section 1 title").fill("Priority programmes");
  await admin.getByRole("button", { name: "Add section" }).click();
  await admin.getByLabel("Section 2 number").fill("1.9");
  await admin.getByLabel("Section 2 title").fill("Human rights, good governance and the rule of law");
  // Entered out of order, first with a number that is not one, and with no framework chosen.
  await admin.getByLabel("Clause 1 number").fill("1.9.b");
  await admin.getByLabel("Clause 1 text").fill("Strengthen cooperation with UN treaty bodies and special procedures.");
  await admin.getByRole("button", { name: "Add clause" }).click();
  await admin.getByLabel("Clause 2 number").fill("1.9.1");
  await admin.getByLabel("Clause 2 text").fill("Support the AICHR's five-year work plan through joint programmes.");
  await admin.getByRole("button", { name: "Add edition" }).click();
  await expect(admin.getByText("Give the number as dotted digits, e.g. 1.2.3.")).toBeVisible();
  await expect(admin.getByLabel("Clause 1 number")).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByLabel("Framework", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Clause 1 number").fill("1.9.2");
  await admin.getByLabel("Framework", { exact: true }).selectOption({ label: framework });
  await admin.getByRole("button", { name: "Add edition" }).click();

  await expect(admin).toHaveURL(/\/admin\/plan$/);
  const frameworkSection = admin.getByRole("region", { name: new RegExp(framework) });
  await expect(frameworkSection.getByRole("row").filter({ hasText: title })).toContainText("AICHR-WP-2026-2030");

  await admin.goto("/plan");
  const edition = admin.locator("section").filter({ has: admin.getByRole("heading", { level: 2, name: title }) });
  await expect(edition).toContainText(framework);
  await expect(edition).toContainText("2026–2030");
  const clauses = edition.getByTestId("plan-clause");
  await expect(clauses).toHaveCount(2);
  await expect(clauses.nth(0)).toContainText("Clause 1.9.1");
  await expect(clauses.nth(1)).toContainText("Clause 1.9.2");
  await expect(clauses.nth(1)).toContainText("No activities yet");
  await expect(admin.getByRole("heading", { level: 3, name: `${framework}: ${title}` })).toBeVisible();

  // Undated, the form offers the plans in force this year; dated 2018, that edition is gone.
  await admin.goto("/activities/new");
  await admin.getByLabel("Search clauses by number or words of the text").fill("1.9.1");
  await expect(admin.getByRole("list", { name: title }).getByLabel(/^1\.9\.1 /)).toBeVisible();
  await admin.getByLabel("Start date", { exact: true }).fill("2018-05-14");
  await expect(admin.getByText("Clauses of the plans in force in 2018.")).toBeVisible();
  await expect(admin.getByRole("list", { name: title })).toHaveCount(0);
  await admin.getByLabel("Search clauses by number or words of the text").fill("1.2.4");
  await expect(admin.getByRole("list", { name: SEED_PLAN.edition.title }).getByLabel(/^1\.2\.4 /)).toBeVisible();

  // A later edition of the work plan: its clause merges the two of 2026-2030, set by keyboard.
  const later = "AICHR Five-Year Work Plan 2031-2035";
  await admin.goto("/admin/plan/new");
  await admin.getByLabel("Framework", { exact: true }).selectOption({ label: framework });
  await admin.getByLabel("Code", { exact: true }).fill("aichr-wp-2031-2035");
  await admin.getByLabel("Title", { exact: true }).fill(later);
  await admin.getByLabel("Start year").fill("2031");
  await admin.getByLabel("End year").fill("2035");
  await admin.getByLabel("Section 1 title").fill("Priority programmes");
  await admin.getByLabel("Clause 1 number").fill("1.1");
  await admin.getByLabel("Clause 1 text").fill("Engage UN treaty bodies through joint programmes.");
  await admin.getByRole("button", { name: "Add edition" }).click();
  await expect(admin).toHaveURL(/\/admin\/plan$/);
  await admin.getByRole("link", { name: `Edit ${later}` }).click();
  const row = admin.getByTestId("clause-continuation").filter({ hasText: "Clause 1.1" });
  await expect(row).toContainText(`continues no clause of ${title} yet`);
  await row.locator("summary").focus();
  await admin.keyboard.press("Enter");
  const choices = row.getByRole("group", { name: `Clauses of ${title} that clause 1.1 continues` });
  await choices.getByLabel(/^1\.9\.1 /).focus();
  await admin.keyboard.press("Space");
  await choices.getByLabel(/^1\.9\.2 /).check();
  await row.getByRole("button", { name: "Save what clause 1.1 continues" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved.");
  await expect(row.locator("summary")).toContainText(`continues 1.9.1, 1.9.2 of ${title}`);
  await admin.reload();
  await expect(admin.getByTestId("clause-continuation").filter({ hasText: "Clause 1.1" })).toContainText(
    `continues 1.9.1, 1.9.2 of ${title}`,
  );
});
