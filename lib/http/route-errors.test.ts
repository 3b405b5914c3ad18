import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ConflictError, InvalidInputError } from "@/lib/errors";
import { failureResponse, routeFailure } from "./route-errors";

describe("the one map from errors to HTTP statuses", () => {
  it.each([
    [new AppError("unauthenticated", "x"), 401],
    [new AppError("forbidden", "activity"), 403],
    [new AppError("not_found", "activity"), 404],
    [new ConflictError(null, new Date()), 409],
    [new InvalidInputError("The period ends before it starts."), 400],
  ])("%s answers %i", (error, status) => {
    expect(routeFailure(error).status).toBe(status);
  });

  it("a refusal reads like a missing entry, so that a status tells no outsider what exists", () => {
    expect(routeFailure(new AppError("forbidden", "note")).detail).toBe(
      routeFailure(new AppError("not_found", "note")).detail,
    );
  });

  it("a schema failure is a 400 with the schema's own message", () => {
    const result = z.object({ from: z.string().regex(/^\d{4}$/, "A year, such as 2018.") }).safeParse({ from: "x" });
    expect(routeFailure(result.error)).toEqual({ status: 400, detail: "A year, such as 2018." });
  });

  it("an unexpected error is not hidden as a refusal: it is rethrown, and logged as a server error", () => {
    expect(() => routeFailure(new TypeError("boom"))).toThrow("boom");
  });

  it("programs get an RFC 9457 problem document; people get plain text", async () => {
    const problem = failureResponse({ status: 404, detail: "Not found, or you may not see it." }, "problem");
    expect(problem.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await problem.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "Not found, or you may not see it.",
    });
    const text = failureResponse({ status: 401, detail: "Sign in first." });
    expect(text.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await text.text()).toBe("Sign in first.");
  });
});
