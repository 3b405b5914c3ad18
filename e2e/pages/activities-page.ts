import { type Page } from "@playwright/test";

export class ActivitiesPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/activities${query}`);
  }

  resultCount() {
    return this.page.getByTestId("result-count");
  }

  /** The table row of the activity with this exact title. */
  row(title: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  async open(title: string) {
    await this.page.getByRole("link", { name: title, exact: true }).click();
  }
}
