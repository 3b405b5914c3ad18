import { expect, test } from "@playwright/test";
import { checkIatiSchema } from "../lib/iati/schema-check";

// The published record, found by someone who signs in nowhere: on the public register, in
// the public calendar feed, in the IATI file the registry fetches, and through the read API.

const TITLE = /trafficking/i;

test("a published activity is found on /public, in the ICS feed, in the IATI file and through the API", async ({
  page,
  request,
}) => {
  await page.goto("/public?q=trafficking");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const link = page.getByRole("table").getByRole("link", { name: TITLE }).first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const id = page.url().split("/").at(-1)!;
  await expect(page.getByRole("heading", { name: "Organisations" })).toBeVisible();
  // No personal data: no email address anywhere on the page.
  expect(await page.locator("main").textContent()).not.toMatch(/@demo\.test/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);

  // The workshop was in 2017: from= reaches back past the feed's default twelve months.
  const ics = await request.get("/public/calendar.ics?q=trafficking&from=2011-01-01");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`UID:${id}@asean-un-tracker`);

  const iati = await request.get("/public/iati/activities.xml");
  expect(iati.status()).toBe(200);
  const xml = await iati.text();
  expect(xml).toContain(id);
  const check = checkIatiSchema(xml);
  expect(check.report).toContain("validates");
  expect(check.valid).toBe(true);

  const list = await request.get(`/api/v1/activities?q=trafficking&limit=100`);
  expect(list.status()).toBe(200);
  expect((await list.json()).data.map((a: { id: string }) => a.id)).toContain(id);
  const one = await request.get(`/api/v1/activities/${id}`);
  expect(one.status()).toBe(200);
  expect((await one.json()).title).toBe(title);
  const again = await request.get(`/api/v1/activities/${id}`, { headers: { "If-None-Match": one.headers().etag! } });
  expect(again.status()).toBe(304);
});

test("the sitemap lists public pages only, and the API's document and reference are public", async ({
  request,
  page,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.every((path) => path.startsWith("/public"))).toBe(true);
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect((await document.json()).openapi).toBe("3.1.0");
  await page.goto("/public/data");
  await expect(page.getByRole("heading", { name: /GET .*\/api\/v1\/activities$/ })).toBeVisible();
});
