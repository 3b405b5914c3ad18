import { expect, type Page } from "@playwright/test";

/** /admin/organisations: the table of organisations and the dialogs of each row. */
export class AdminOrganisationsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/organisations");
    await expect(this.page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  }

  /** The row of the organisation with this acronym (or name, where it has none). */
  row(label: string) {
    return this.page
      .getByRole("row")
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .filter({ has: this.page.getByRole("button", { name: `Edit ${label}` }) });
  }

  /** The "retired" badge beside the organisation's name (absent while it is current). */
  retiredBadge(label: string) {
    return this.row(label).getByText("retired", { exact: true });
  }

  /** Opens the row's dialog (Retire, Reinstate, Edit) and returns it. */
  async open(action: "Retire" | "Reinstate" | "Edit", label: string) {
    await this.row(label)
      .getByRole("button", { name: `${action} ${label}`, exact: true })
      .click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
