import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ENGINES } from "@/tests/databases";
import { importApp } from "../authorization/discover";
import { actAs } from "../authorization/fake-session";
import { MATRIX } from "../authorization/matrix";
import { seededWorld } from "../authorization/seeded-world";
import { hostileString } from "./hostile";

// Every GET route handler of the matrix, and every page that reads its query string, called
// with hostile query parameters (NUL, half characters, control characters, huge values,
// repeated names): a page or a complete body, never a 500, never a stream that breaks.

vi.mock("@/lib/auth/session", () => import("../authorization/fake-session"));

const RUNS = 20;
const NAMES = [
  "q",
  "status",
  "year",
  "theme",
  "type",
  "org",
  "clause",
  "country",
  "sort",
  "page",
  "bom",
  "month",
  "from",
  "to",
  "token",
];
const value = fc.oneof(
  { weight: 2, arbitrary: hostileString },
  // What PostgreSQL refuses in text, and other characters no search holds.
  {
    weight: 1,
    arbitrary: fc.constantFrom("water\u0000", "\u0000", "half \uD800", "\uDC00", "a\u0001b", "%00", "2019\u0000"),
  },
);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })), value), {
  minLength: 1,
  maxLength: 6,
});

/** As Next hands a page its searchParams: a value, or several for a repeated name. */
function searchParamsOf(pairs: [string, string][]): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [name, text] of pairs) {
    const earlier = params[name];
    params[name] = earlier === undefined ? text : [...(Array.isArray(earlier) ? earlier : [earlier]), text];
  }
  return params;
}

const PAGES = ["app/(app)/activities/page.tsx", "app/(app)/calendar/page.tsx", "app/(app)/plan/page.tsx"];
const ROUTES = MATRIX.filter((entry) => entry.export === "GET" && !entry.file.includes("[...nextauth]"));

describe.each(ENGINES)("hostile query parameters on %s", (engine) => {
  const seeded = seededWorld(engine);

  it.each(ROUTES.map((entry) => [`${entry.file}${entry.variant ? ` (${entry.variant})` : ""}`, entry] as const))(
    "GET %s answers below 500 with a whole body",
    async (_label, entry) => {
      const { world, targets } = seeded;
      const [request, context] = (await entry.setup({
        world,
        targets,
        actor: "admin",
        self: world.users.admin,
      })) as [Request, unknown];
      const handler = (await importApp(entry.file)).GET as (r: Request, c: unknown) => Promise<Response>;
      await fc.assert(
        fc.asyncProperty(query, async (pairs) => {
          const url = new URL(request.url);
          for (const [name, text] of pairs) url.searchParams.append(name, text);
          actAs(world.sessions.admin);
          try {
            const response = await handler(new Request(url), context);
            expect(response.status, url.search).toBeLessThan(500);
            await response.arrayBuffer(); // a stream that breaks mid-way throws here
          } finally {
            actAs(null);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.each(PAGES)("%s loads its data for any query string", async (file) => {
    const { world } = seeded;
    const page = (await importApp(file)).default as (props: { searchParams: Promise<unknown> }) => Promise<unknown>;
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        actAs(world.sessions.admin);
        try {
          await page({ searchParams: Promise.resolve(searchParamsOf(pairs)) });
        } finally {
          actAs(null);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
