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

test("an admin adds a Plan of Action edition with two clauses, shown on /plan and offered by the activity form", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, "admin@demo.test");
  const title = "ASEAN-UN Plan of Action 2026-2030";
  await admin.goto("/plan");
  await admin.getByRole("link", { name: "Manage editions" }).click();
  await expect(admin.getByRole("row").filter({ hasText: SEED_PLAN.edition.title })).toContainText("8 linked");
  await admin.getByRole("link", { name: "Add an edition" }).click();

  await admin.getByLabel("Code", { exact: true }).fill("asean-un-poa-2026-2030");
  await admin.getByLabel("Title", { exact: true }).fill(title);
  await admin.getByLabel("Start year").fill("2026");
  await admin.getByLabel("End year").fill("2030");
  await admin.getByLabel("Section 1 title").fill("Political-Security Cooperation");
  await admin.getByRole("button", { name: "Add section" }).click();
  await admin.getByLabel("Section 2 number").fill("1.9");
  await admin.getByLabel("Section 2 title").fill("Human rights, good governance and the rule of law");
  // Entered out of order, and first with a number that is not one.
  await admin.getByLabel("Clause 1 number").fill("1.9.b");
  await admin.getByLabel("Clause 1 text").fill("Strengthen cooperation with UN treaty bodies and special procedures.");
  await admin.getByRole("button", { name: "Add clause" }).click();
  await admin.getByLabel("Clause 2 number").fill("1.9.1");
  await admin.getByLabel("Clause 2 text").fill("Support the AICHR's five-year work plan through joint programmes.");
  await admin.getByRole("button", { name: "Add edition" }).click();
  await expect(admin.getByText("Give the number as dotted digits, e.g. 1.2.3.")).toBeVisible();
  await expect(admin.getByLabel("Clause 1 number")).toHaveAttribute("aria-invalid", "true");
  await admin.getByLabel("Clause 1 number").fill("1.9.2");
  await admin.getByRole("button", { name: "Add edition" }).click();

  await expect(admin).toHaveURL(/\/admin\/plan$/);
  await expect(admin.getByRole("row").filter({ hasText: title })).toContainText("ASEAN-UN-POA-2026-2030");

  await admin.goto("/plan");
  const edition = admin.locator("section").filter({ has: admin.getByRole("heading", { level: 2, name: title }) });
  await expect(edition).toContainText("2026–2030");
  const clauses = edition.getByTestId("plan-clause");
  await expect(clauses).toHaveCount(2);
  await expect(clauses.nth(0)).toContainText("Clause 1.9.1");
  await expect(clauses.nth(1)).toContainText("Clause 1.9.2");
  await expect(clauses.nth(1)).toContainText("No activities yet");

  await admin.goto("/activities/new");
  await admin.getByLabel("Search clauses by number or words of the text").fill("1.9.1");
  await expect(admin.getByRole("list", { name: title }).getByLabel(/^1\.9\.1 /)).toBeVisible();
});
