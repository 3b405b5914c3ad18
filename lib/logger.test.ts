import { describe, expect, it, vi } from "vitest";
import { logRequestError, rateLimitedWarner } from "./logger";

describe("logging a failed request", () => {
  it("writes the error, its stack and the reference the user sees, as one structured record", () => {
    const error = vi.fn();
    logRequestError(
      new Error("relation does not exist"),
      { digest: "4211", requestId: "req-1", path: "/activities", method: "GET" },
      { error },
    );
    const [fields, message] = error.mock.calls[0]!;
    expect(message).toBe("request failed");
    expect(fields).toMatchObject({ reference: "4211", requestId: "req-1", path: "/activities", method: "GET" });
    expect(fields.err).toBeInstanceOf(Error);
    expect(fields.err.stack).toContain("relation does not exist");
  });
});

describe("a warning an outsider can trigger", () => {
  it("is logged at most so many times a minute per kind, and says how many it left out", () => {
    const warn = vi.fn();
    let clock = 0;
    const warnOf = rateLimitedWarner(3, { warn }, () => clock);
    for (let i = 0; i < 100; i++) warnOf("malformed action body", { path: "/set-password/x" });
    warnOf("another kind", {});
    expect(warn).toHaveBeenCalledTimes(4);
    clock = 61_000;
    warnOf("malformed action body", {});
    expect(warn).toHaveBeenCalledTimes(5);
    expect(warn.mock.calls[4]![0]).toMatchObject({ kind: "malformed action body", suppressedBefore: 97 });
  });
});
