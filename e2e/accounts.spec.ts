import { expect, test, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { signedInPage } from "./fixtures/users";
import { LoginPage } from "./pages/login-page";

// An account's whole life: invited by an admin, password chosen from the link, two-step
// verification required and set up, signing in with a recovery code, deactivated.
// It changes the MFA setting for viewers, so it runs in the "workflow" project, after the
// specs that sign in as the demo viewer, and puts the setting back.

const NAME = "Nadia Newcomer";
const EMAIL = "nadia.newcomer@example.org";
const PASSWORD = "tamarind monsoon lantern 42";

async function setRequiredRoles(admin: Page, roles: string[]) {
  await admin.goto("/admin/users");
  const group = admin.getByRole("group", { name: "Require two-step verification for" });
  for (const role of ["Administrator", "ASEAN Secretariat", "Focal point", "Reviewer", "Viewer"]) {
    await group.getByLabel(role, { exact: true }).setChecked(roles.includes(role));
  }
  await admin.getByRole("button", { name: "Save", exact: true }).last().click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test("an admin invites a user, who chooses a password, must set up two-step verification, and is deactivated", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, "admin@demo.test");
  await admin.getByRole("link", { name: "Users", exact: true }).click();
  await admin.getByLabel("Name").fill(NAME);
  await admin.getByLabel("Email").fill(EMAIL);
  await admin.getByLabel("Role").selectOption({ label: "Viewer" });
  await admin.getByRole("button", { name: "Invite" }).click();
  const link = await admin.getByLabel("Link to choose a password").inputValue();
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByRole("row", { name: new RegExp(NAME) })).toContainText("Invited");

  // The newcomer opens the link in a browser of their own.
  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto(new URL(link).pathname);
  await expect(user.getByRole("heading", { name: `Welcome, ${NAME}` })).toBeVisible();
  await user.getByLabel("New password", { exact: true }).fill("password1234");
  await user.getByLabel("New password again").fill("password1234");
  await user.getByRole("button", { name: "Set password" }).click();
  await expect(user.getByText(/too common or has appeared in a data breach/)).toBeVisible();
  await user.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await user.getByLabel("New password again").fill(PASSWORD);
  await user.getByRole("button", { name: "Set password" }).click();
  await expect(user.getByText("Your password is set. Sign in with it.")).toBeVisible();
  const login = new LoginPage(user);
  await login.signIn(EMAIL, PASSWORD);
  await expect(user.getByTestId("signed-in-user")).toContainText(NAME);

  try {
    // Viewers must now use two-step verification: the next page is the set-up, and nothing else opens.
    await setRequiredRoles(admin, ["Viewer"]);
    await user.goto("/activities");
    await expect(user).toHaveURL(/\/account\/security$/);
    await expect(user.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await user.getByRole("button", { name: "Set up two-step verification" }).click();
    const secret = (await user.locator("code").innerText()).replace(/\s/g, "");
    const totp = new TOTP({ secret, digits: 6, period: 30 });
    await user.getByLabel("Then enter the six-digit code it shows").fill(totp.generate());
    await user.getByRole("button", { name: "Turn on" }).click();
    const recovery = user.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(recovery).toHaveCount(10);
    const codes = await recovery.allInnerTexts();
    await user.getByRole("button", { name: "I have saved them" }).click();
    await user.goto("/activities");
    await expect(user.getByRole("heading", { name: "Activities" })).toBeVisible();

    // Signing in again asks for the second step; a recovery code does, once.
    await user.getByRole("button", { name: "Sign out" }).click();
    await login.signIn(EMAIL, PASSWORD);
    await user.getByLabel("Code from your authenticator app").fill(codes[0]!);
    await user.getByRole("button", { name: "Sign in" }).click();
    await expect(user.getByTestId("signed-in-user")).toContainText(NAME);
  } finally {
    await setRequiredRoles(admin, []);
  }

  // Deactivated: the open session ends at the next request, with confirmation first.
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: NAME }).click();
  await admin.getByRole("button", { name: "Deactivate" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(admin.getByText("Deactivated", { exact: true })).toBeVisible();
  await user.goto("/activities");
  await login.expectShown();
  await context.close();
});

test("a visitor who forgot the password asks for a link and hears the same whether or not the address has an account", async ({
  page,
}) => {
  for (const email of ["undp@demo.test", "nobody@example.org"]) {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "If an account uses this email" })).toHaveText(
      "If an account uses this email, a link to choose a new password is on its way. It works once, within 1 hour.",
    );
  }
});
