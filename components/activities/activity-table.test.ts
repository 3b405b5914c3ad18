import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ActivityListItem } from "@/lib/dal/activities/list";
import type { OrganisationRef } from "@/lib/dal/activities/read";
import { DATE_PASSED_MESSAGE } from "@/lib/date-passed";
import { MATCH_END, MATCH_START } from "@/lib/highlight-marks";
import { ActivityTable, activityRows } from "./activity-table";

const org = (code: string, label: string, name: string): OrganisationRef => ({ code, label, name, kind: "un_entity" });
const OHCHR = org("OHCHR", "OHCHR", "Office of the United Nations High Commissioner for Human Rights");
const UNICEF = org("UNICEF", "UNICEF", "United Nations Children's Fund");
const AICHR_TH = org("AICHR-TH", "AICHR Thailand", "AICHR Thailand");

const item = (overrides: Partial<ActivityListItem> = {}): ActivityListItem => ({
  id: "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
  title: "Regional workshop",
  status: "scheduled",
  reviewState: "none",
  start: { date: "2019-06-04", precision: "day" },
  end: { date: "2019-06-06", precision: "day" },
  mode: "in_person",
  parts: [],
  city: "Bangkok",
  countryCode: "TH",
  lead: AICHR_TH,
  unEntities: [OHCHR, UNICEF],
  clauses: ["1.2.1", "1.2.4"],
  highlight: null,
  ...overrides,
});

const render = (items: ActivityListItem[], props: { basePath?: string; workflowNotes?: boolean } = {}) =>
  renderToStaticMarkup(createElement(ActivityTable, { items, ...props }));

describe("the activity list's rows", () => {
  it("name each organisation once for the page, however many rows name it", () => {
    const { rows, organisations } = activityRows(
      [item(), item({ id: "b", lead: OHCHR, unEntities: [UNICEF] }), item({ id: "c", unEntities: [] })],
      true,
    );
    expect(organisations).toEqual([
      ["AICHR Thailand", "AICHR Thailand"],
      ["OHCHR", OHCHR.name],
      ["UNICEF", UNICEF.name],
    ]);
    expect(rows.map((row) => [row.lead, row.unEntities])).toEqual([
      [0, [1, 2]],
      [1, [2]],
      [0, []],
    ]);
  });

  it("carry the dates and place in words, and nothing of the activity the row does not show", () => {
    const [row] = activityRows([item()], true).rows;
    expect(row).toEqual({
      id: "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
      title: "Regional workshop",
      dates: { text: "4–6 June 2019", machine: "2019-06-04" },
      place: "Bangkok, Thailand",
      status: "scheduled",
      passed: true,
      lead: 0,
      unEntities: [1, 2],
      clauses: "1.2.1, 1.2.4",
    });
  });

  it("keep the record-keepers' notes (review, date passed) from the public register", () => {
    const draft = item({ status: "draft", reviewState: "pending" });
    expect(activityRows([draft], true).rows[0]!.review).toBe("pending");
    const [row] = activityRows([draft, item()], false).rows;
    expect(row).not.toHaveProperty("review");
    expect(activityRows([item()], false).rows[0]).not.toHaveProperty("passed");
    expect(render([draft, item()], { workflowNotes: false })).not.toMatch(/Submitted for review|Date passed/);
    // Off unless asked: a new public caller that forgets the prop sends none.
    expect(render([draft, item()])).not.toMatch(/Submitted for review|Date passed/);
    const html = render([draft, item()], { workflowNotes: true });
    expect(html).toContain("Submitted for review");
    expect(html).toContain(DATE_PASSED_MESSAGE);
  });

  it("render the same cells: link, dates, place, badge, organisations with their names, clauses", () => {
    const html = render([item()], { basePath: "/public/activities" });
    expect(html).toContain('<a href="/public/activities/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b">Regional workshop</a>');
    expect(html).toContain('<time dateTime="2019-06-04">4–6 June 2019</time>');
    expect(html).toContain("Bangkok, Thailand");
    expect(html).toContain(">Scheduled</span>");
    expect(html).toContain(
      `<abbr title="${OHCHR.name}">OHCHR</abbr>, <abbr title="United Nations Children&#x27;s Fund">UNICEF</abbr>`,
    );
    // A lead named in full is not an abbreviation.
    expect(html).toContain("<td>AICHR Thailand</td>");
    expect(html).toContain("1.2.1, 1.2.4");
    expect(render([item({ unEntities: [], start: null, end: null })])).toMatch(/None recorded/);
  });

  it("mark a search's matches, and only a search's", () => {
    const searched = item({
      title: `Rights of the ${MATCH_START}child${MATCH_END}`,
      highlight: {
        title: `Rights of the ${MATCH_START}child${MATCH_END}`,
        snippet: `the ${MATCH_START}child${MATCH_END} and`,
      },
    });
    const html = render([searched]);
    expect(html).toContain('<mark class="rounded bg-amber-200 px-0.5 text-slate-900">child</mark>');
    expect(html).toContain('data-testid="search-snippet"');
    // Outside a search a title is text, whatever characters it holds.
    expect(render([item({ title: `a ${MATCH_START}b${MATCH_END}` })])).not.toContain("<mark");
  });

  it("escape every value: titles, places, names, labels, clauses, snippets", () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>'&`;
    const bad = org("X", hostile, hostile);
    const html = render([
      item({
        title: hostile,
        city: hostile,
        lead: bad,
        unEntities: [org("Y", hostile, `${hostile}!`)],
        clauses: [hostile],
        highlight: { title: `${MATCH_START}${hostile}${MATCH_END}`, snippet: hostile },
      }),
    ]);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain(hostile);
  });
});
