import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { GET as getActivity } from "@/app/api/v1/activities/[id]/route";
import { GET as listActivities } from "@/app/api/v1/activities/route";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import type { paths } from "@/tests/api-v1-client";
import { generateClientTypes } from "./client-types";

// A client generated from the OpenAPI document (openapi-typescript's types, openapi-fetch's
// calls), used as a program outside would use it: proof that the document describes the API.

/** Sends the client's requests to the route handlers, as the server would. */
async function server(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  const one = path.match(/^\/api\/v1\/activities\/([^/]+)$/);
  if (one) return getActivity(request, { params: Promise.resolve({ id: one[1]! }) });
  if (path === "/api/v1/activities") return listActivities(request, { params: Promise.resolve({}) });
  return new Response(null, { status: 404 });
}

describe("the generated client", () => {
  it("is current: the committed types are what the document generates today (npm run api:client)", async () => {
    expect(await generateClientTypes()).toBe(readFileSync("tests/api-v1-client.d.ts", "utf8"));
  });
});

describe.each(ENGINES)("a client generated from the OpenAPI document, on %s", (engine) => {
  seededDatabase(engine);

  it("lists activities, follows a cursor and reads one activity", async () => {
    const client = createClient<paths>({ baseUrl: "http://localhost/api/v1", fetch: server });
    const first = await client.GET("/activities", { params: { query: { year: 2018, limit: 1 } } });
    expect(first.error).toBeUndefined();
    const [activity] = first.data!.data;
    expect(activity!.start).toMatch(/^2018/);
    expect(first.data!.next_cursor).not.toBeNull();
    const next = await client.GET("/activities", {
      params: { query: { year: 2018, limit: 1, cursor: first.data!.next_cursor! } },
    });
    expect(next.data!.data[0]!.id).not.toBe(activity!.id);
    const one = await client.GET("/activities/{id}", { params: { path: { id: activity!.id } } });
    expect(one.data?.title).toBe(activity!.title);
    const invalid = await client.GET("/activities", { params: { query: { limit: 1000 } } });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error).toMatchObject({ status: 400 });
  });
});
