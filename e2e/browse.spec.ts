import { SEED_ACTIVITIES } from "../db/seed/activities";
import { SEED_ORGANISATIONS } from "../db/seed/organisations";
import { placeName } from "../lib/countries";
import { formatDateAsGiven, parseDateAsGiven } from "../lib/dates";
import { expect, test } from "./fixtures/auth";
import { ActivitiesPage } from "./pages/activities-page";

const asGiven = (text?: string) => (text ? parseDateAsGiven(text) : null);
const organisation = (code: string) => SEED_ORGANISATIONS.find((o) => o.code === code)!;
const label = (code: string) => organisation(code).acronym ?? organisation(code).name;

test.describe("browsing the record", () => {
  test("every activity of the note is listed with its date as given, place, lead and UN entities", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto();
    await expect(list.resultCount()).toHaveText(`${SEED_ACTIVITIES.length} activities`);
    for (const activity of SEED_ACTIVITIES) {
      const row = list.row(activity.title);
      await expect(row, activity.title).toContainText(
        formatDateAsGiven(asGiven(activity.start), asGiven(activity.end)),
      );
      const place = placeName(activity.city ?? null, activity.countryCode ?? null);
      if (place) await expect(row, activity.title).toContainText(place);
      await expect(row, activity.title).toContainText(label(activity.lead));
      const unEntities = activity.involved.filter(([code]) => organisation(code).kind === "un_entity");
      for (const [code] of unEntities) await expect(row, activity.title).toContainText(label(code));
    }
  });

  test("an activity shows every field, its clauses with their text and its organisations' roles", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto();
    await list.open("AICHR Training on Business and Human Rights");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AICHR Training on Business and Human Rights");
    await expect(page.getByText("13–16 November 2017")).toBeVisible();
    await expect(page.getByText("Business and human rights", { exact: true })).toBeVisible();
    await expect(page.getByText("60", { exact: true })).toBeVisible();
    await expect(
      page.getByText(/Support the work of ASEAN Intergovernmental Commission on Human Rights/),
    ).toBeVisible();
    await expect(page.getByText("Primary")).toBeVisible();
    const organisations = page.getByRole("region", { name: "Organisations" });
    await expect(
      organisations.getByRole("listitem").filter({ hasText: "United Nations Development Programme" }),
    ).toContainText("Co-organiser");
  });

  test("an unknown or malformed activity address shows the 404 page", async ({ page }) => {
    for (const path of ["/activities/not-an-id", "/activities/8a7f6c1e-0000-4000-8000-000000000000"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });

  test("a page beyond the last says so and links back", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto("?page=9");
    await expect(page.getByText("There is no page 9.")).toBeVisible();
    await page.getByRole("link", { name: "Go to the last page (1)" }).click();
    await expect(list.resultCount()).toHaveText(`${SEED_ACTIVITIES.length} activities`);
  });

  test("the Plan of Action shows all nine clauses with their text and links to their activities", async ({ page }) => {
    await page.goto("/plan");
    // The coverage opens on the edition's own years, with a legend of its scale.
    await expect(page.getByLabel("From")).toHaveValue("2016");
    await expect(page.getByLabel("To")).toHaveValue("2020");
    await expect(page.getByRole("columnheader", { name: "2020" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "2021" })).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Legend: activities in a year" })).toContainText("7 or more");
    const clauses = page.getByTestId("plan-clause");
    await expect(clauses).toHaveCount(9);
    await expect(clauses.filter({ hasText: "Clause 1.2.10" })).toContainText("women's empowerment");
    await expect(clauses.filter({ hasText: "Clause 1.2.8" })).toContainText("No activities yet");
    const linked = SEED_ACTIVITIES.filter((a) => a.clauses.includes("1.2.9")).length;
    await clauses
      .filter({ hasText: "Clause 1.2.9" })
      .getByRole("link", { name: `${linked} activities` })
      .click();
    await expect(page).toHaveURL(/\/activities\?clause=1\.2\.9$/);
    await expect(page.getByText(`${linked} activities linked to Plan of Action clause 1.2.9`)).toBeVisible();
  });
});

test.describe("finding activities", () => {
  test("filters by organisation and year, kept in the URL and undone with the back button", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto();
    await page.getByLabel("Organisation", { exact: true }).selectOption("UNICEF");
    await expect(page).toHaveURL(/org=UNICEF/);
    await page.getByLabel("Year", { exact: true }).selectOption("2018");
    await expect(page).toHaveURL(/year=2018&org=UNICEF/);
    const expected = SEED_ACTIVITIES.filter(
      (a) => (a.lead === "UNICEF" || a.involved.some(([c]) => c === "UNICEF")) && a.start?.startsWith("2018"),
    );
    await expect(list.resultCount()).toHaveText(`${expected.length} activities`);
    for (const activity of expected) await expect(list.row(activity.title)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/activities\?org=UNICEF$/);
    await expect(page.getByLabel("Year", { exact: true })).toHaveValue("");
  });

  test("arrowing through one dropdown is one step back, not one per option passed", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto("?org=UNICEF");
    const year = page.getByLabel("Year", { exact: true });
    // As a keyboard user arrows down the closed list: a change per option, in quick succession.
    await year.focus();
    for (const option of ["2019", "2018", "2017"]) await year.selectOption(option);
    await expect(page).toHaveURL(/year=2017/);
    await page.goBack();
    await expect(page).toHaveURL(/\/activities\?org=UNICEF$/);
  });

  test("finds the Medan dialogue by searching 'expression', with the word highlighted", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto();
    await page.getByLabel("Search", { exact: true }).fill("expression");
    await expect(page).toHaveURL(/q=expression/);
    const row = page.getByRole("row").filter({ hasText: "Managing Freedom of Expression in the Information Age" });
    await expect(row.locator("mark").first()).toHaveText("Expression");
    await expect(row).toContainText("11–12 April 2018");
  });

  test("says what to loosen when nothing matches, and ignores what it does not understand", async ({ page }) => {
    const list = new ActivitiesPage(page);
    await list.goto("?q=zzzyzzz&year=2018&status=archived");
    await expect(page.getByText("No activities match.")).toBeVisible();
    await expect(page.getByText("Not understood, so ignored: status.")).toBeVisible();
    await page.getByRole("link", { name: "Remove search “zzzyzzz”" }).click();
    await expect(list.resultCount()).not.toHaveText("0 activities");
  });
});

test("the calendar shows June 2018 with day dates on their days and month dates as such", async ({ page }) => {
  await page.goto("/calendar?month=2018-06");
  await expect(page.getByTestId("calendar-month")).toHaveText("June 2018");
  const grid = page.getByRole("table");
  await expect(grid.getByRole("cell", { name: /^4 AICHR Inter-Regional Dialogue/ })).toBeVisible();
  const exactless = page.getByRole("region", { name: "Without an exact day" });
  await expect(exactless).toContainText("June 2018: Regional Workshop on Prevention Strategies");
  await expect(page.getByTestId("agenda")).toContainText("4–6 June 2018");
  await page.getByRole("link", { name: "Next month ›" }).click();
  await expect(page.getByTestId("calendar-month")).toHaveText("July 2018");
  await page.getByRole("link", { name: "Next year »" }).click();
  await expect(page.getByTestId("calendar-month")).toHaveText("July 2019");
});

test("the calendar opens on the record, and a year or a month is one step away", async ({ page }) => {
  const onCalendar = SEED_ACTIVITIES.filter((a) => a.start && a.status !== "draft");
  const latestMonth = (list: typeof onCalendar) => {
    const latest = list.reduce((a, b) => (b.start! > a.start! ? b : a));
    return formatDateAsGiven({ date: `${latest.start!.slice(0, 7)}-01`, precision: "month" });
  };
  // This month holds nothing of the record: the first visit opens its latest month.
  await page.goto("/calendar");
  await expect(page.getByTestId("calendar-month")).toHaveText(latestMonth(onCalendar));
  await expect(page.getByTestId("agenda")).toBeVisible();
  // Choosing a year in the filters opens that year.
  await page.getByLabel("Year", { exact: true }).selectOption("2018");
  const in2018 = onCalendar.filter((a) => a.start!.startsWith("2018"));
  await expect(page.getByTestId("calendar-month")).toHaveText(latestMonth(in2018));
  // Any month: chosen in the picker, shown when asked.
  await page.getByLabel("Month to show").selectOption({ label: "June" });
  await page.getByLabel("Year to show").selectOption("2018");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("calendar-month")).toHaveText("June 2018");
  await expect(page.getByTestId("agenda")).toContainText("4–6 June 2018");
  await page.getByRole("link", { name: "Today" }).click();
  await expect(page.getByTestId("calendar-month")).toHaveText(
    formatDateAsGiven({ date: `${new Date().toISOString().slice(0, 7)}-01`, precision: "month" }),
  );
  await expect(page.locator('td[aria-current="date"]')).toContainText("Today");
});

test("the dashboard shows activities per year as a chart of continuous years, with the same figures as a table of links", async ({
  page,
}) => {
  await page.goto("/");
  const card = page.getByRole("region", { name: "Activities per year" });
  await expect(
    // Every year in order, the empty ones as 0.
    card.getByRole("img", {
      name: /^Activities per year: 2011 1, 2012 0, 2013 0, 2014 0, 2015 0, 2016 1, 2017 4, 2018 9, 2019 4/,
    }),
  ).toBeVisible();
  await expect(card.locator("svg .recharts-bar-rectangle").first()).toBeVisible();
  await card.getByText("Show as a table").click();
  await card.getByRole("link", { name: "2018" }).click();
  await expect(page).toHaveURL(/\/activities\?year=2018$/);
});

test("a viewer, who never acts, has no queue: no link to it, and the page answers 403", async ({ page }) => {
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Waiting for you/ }),
  ).toHaveCount(0);
  const response = await page.goto("/queue");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not for your role" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.getByTestId("signed-in-user")).toContainText("Vera Viewer");
});

test("every page of a capability the viewer lacks answers 403, not a page saying no", async ({ page }) => {
  for (const path of [
    "/activities/new",
    "/activities/import",
    "/admin/users",
    "/admin/organisations",
    "/admin/plan",
    "/admin/plan/new",
    "/admin/mail",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not for your role" }), path).toBeVisible();
  }
});
