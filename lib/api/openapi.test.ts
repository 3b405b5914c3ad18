import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the read API's OpenAPI document", () => {
  const document = openApiDocument("https://tracker.example");

  it("is valid OpenAPI 3.1, as a maintained validator reads it", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    // The validator does refuse: the same document with a response that is not one.
    const broken = structuredClone(document) as { paths: Record<string, { get: { responses: unknown } }> };
    broken.paths["/organisations"]!.get.responses = { "200": { content: 1 } };
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it("documents every route of /api/v1, with the list's filters and paging as query parameters", () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      "/activities",
      "/activities/{id}",
      "/activities/{id}/reports",
      "/editions",
      "/organisations",
    ]);
    const list = document.paths!["/activities"]!.get!;
    const names = (list.parameters ?? []).map((p) => ("name" in p ? p.name : ""));
    expect(names).toEqual(
      expect.arrayContaining([
        "status",
        "year",
        "theme",
        "type",
        "org",
        "clause",
        "country",
        "q",
        "updated_since",
        "cursor",
        "limit",
      ]),
    );
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(["Activity", "ActivityList", "Report", "Problem", "OrganisationRef"]),
    );
  });
});
