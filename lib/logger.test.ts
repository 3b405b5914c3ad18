import { describe, expect, it, vi } from "vitest";
import { logRequestError } from "./logger";

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
