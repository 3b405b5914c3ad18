import { expect, type Page } from "@playwright/test";

/** The detail page of one activity and the workflow buttons on it. */
export class ActivityPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  async goto() {
    await this.page.goto(this.url);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  status() {
    return this.page.getByTestId("activity-status");
  }

  button(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }

  /** Presses an action that needs a comment, writes it and confirms in the dialog. */
  async actWithComment(action: string, comment: string) {
    await this.button(action).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox").fill(comment);
    await dialog.getByRole("button", { name: action, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async confirm(action: string) {
    await this.button(action).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("button", { name: action, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  history() {
    return this.page.getByTestId("history-event");
  }

  report(organisation: string) {
    return this.page.getByRole("article", { name: `Report of ${organisation}` });
  }
}
