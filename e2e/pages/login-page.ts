import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../db/seed/demo-users";

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async expectShown() {
    await expect(this.page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  failure() {
    // Next.js keeps an empty route announcer with role "alert" on every page.
    return this.page.locator("form").getByRole("alert");
  }
}
