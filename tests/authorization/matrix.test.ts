import { describe, expect, it, vi } from "vitest";
import { ENGINES } from "@/tests/databases";
import { changedTables, checksums } from "./checksums";
import { discoverEndpoints, importApp } from "./discover";
import { actAs } from "./fake-session";
import { ACTORS, type Actor } from "./fixtures";
import { MATRIX, type Entry, type Outcome } from "./matrix";
import { seededWorld } from "./seeded-world";

// The session is whoever the cell says; Next's request-bound helpers become plain stand-ins.
vi.mock("@/lib/auth/session", () => import("./fake-session"));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));
// A public action reads the request's headers for the client's address: here none, as from a
// client the server cannot place ("unknown").
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", async () => {
  const { RedirectThrown } = await import("./fake-session");
  return {
    redirect: (to: string) => {
      throw new RedirectThrown(to);
    },
    notFound: () => {
      throw new Error("NEXT_NOT_FOUND");
    },
  };
});

const key = (e: Pick<Entry, "file" | "export">) => `${e.file}#${e.export}`;
const label = (e: Entry) => `${e.file} ${e.export}${e.variant ? ` (${e.variant})` : ""}`;

describe("the authorization matrix", () => {
  it("lists every server action and route handler, and nothing else", async () => {
    const exposed = await discoverEndpoints();
    const listed = new Set(MATRIX.map(key));
    expect(
      exposed.filter((k) => !listed.has(k)),
      "exports missing from tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      [...listed].filter((k) => !exposed.includes(k)),
      "rows naming an export that is gone",
    ).toEqual([]);
    console.log(
      `Authorization matrix: ${MATRIX.length} rows (${listed.size} actions and route methods) x ${ACTORS.length} actors = ${MATRIX.length * ACTORS.length} cells`,
    );
  });
});

const SIGNED_OUT = /^Your session has ended/;
const REFUSED = /^This entry was not found, or you may not do that\.$/;

/** What a call came to, in the matrix's words; anything else is spelled out so a diff shows it. */
function outcomeOf(result: unknown, changed: string[]): Outcome | string {
  const note = changed.length > 0 ? ` (changed ${changed.join(", ")})` : "";
  if (result instanceof Response) return changed.length > 0 ? `${result.status}${note}` : result.status;
  const r = result as { ok?: unknown; message?: unknown };
  if (r?.ok === true) return changed.length > 0 ? "ok" : "no-effect";
  if (r?.ok !== false || typeof r.message !== "string") return `not a result: ${JSON.stringify(result)}`;
  const outcome = SIGNED_OUT.test(r.message) ? "signed-out" : REFUSED.test(r.message) ? "refused" : "invalid";
  return changed.length > 0 ? `${outcome}${note}` : outcome;
}

describe.each(ENGINES)("every action and route as every actor, on %s", (engine) => {
  const seeded = seededWorld(engine);
  const { database } = seeded;

  async function runCell(entry: Entry, actor: Actor): Promise<Outcome | string> {
    const { world, targets } = seeded;
    const self = actor === "signed_out" ? world.users.focal_point : world.users[actor];
    const args = await entry.setup({ world, targets, actor, self });
    const call = (await importApp(entry.file))[entry.export] as (...args: unknown[]) => Promise<unknown>;
    const before = await checksums(database.current.db);
    actAs(actor === "signed_out" ? null : world.sessions[actor]);
    let result: unknown;
    try {
      result = await call(...args);
      if (result instanceof Response) await result.arrayBuffer(); // a streamed body fails here, if at all
    } catch (error) {
      return `threw ${error instanceof Error ? error.stack : String(error)}`;
    } finally {
      actAs(null);
    }
    return outcomeOf(result, changedTables(before, await checksums(database.current.db)));
  }

  it.each(MATRIX.map((entry) => [label(entry), entry] as const))("%s", async (_label, entry) => {
    const actual: Record<string, Outcome | string> = {};
    for (const actor of ACTORS) actual[actor] = await runCell(entry, actor);
    expect(actual).toEqual(entry.expect);
  });
});
