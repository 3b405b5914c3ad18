import { describe, expect, it } from "vitest";
import { configurationProblem, demoAccountsProblem } from "./start-checks";

const GOOD = { NEXTAUTH_SECRET: "x".repeat(32), NEXTAUTH_URL: "https://tracker.example.org" };

describe("production start checks", () => {
  it("runs with a 32-byte secret and a URL", () => {
    expect(configurationProblem(GOOD)).toBeNull();
  });

  it("refuses a missing or short secret, in one line that says which", () => {
    for (const secret of [undefined, "", "x".repeat(31)]) {
      const problem = configurationProblem({ ...GOOD, NEXTAUTH_SECRET: secret });
      expect(problem).toMatch(/^Refusing to start: NEXTAUTH_SECRET must be at least 32 bytes/);
      expect(problem).not.toContain("\n");
    }
  });

  it("counts bytes, not characters", () => {
    expect(configurationProblem({ ...GOOD, NEXTAUTH_SECRET: "é".repeat(16) })).toBeNull();
  });

  it("refuses a missing or malformed NEXTAUTH_URL", () => {
    expect(configurationProblem({ ...GOOD, NEXTAUTH_URL: undefined })).toMatch(/NEXTAUTH_URL must be set/);
    expect(configurationProblem({ ...GOOD, NEXTAUTH_URL: "tracker" })).toMatch(/NEXTAUTH_URL is not a URL/);
  });

  it("refuses plain http but on this machine, so that session cookies are Secure", () => {
    expect(configurationProblem({ ...GOOD, NEXTAUTH_URL: "http://tracker.example.org" })).toMatch(
      /NEXTAUTH_URL must be https/,
    );
    for (const local of ["http://localhost:3000", "http://127.0.0.1:3100", "http://[::1]:3000"]) {
      expect(configurationProblem({ ...GOOD, NEXTAUTH_URL: local })).toBeNull();
    }
  });

  it("refuses demo accounts unless in demo mode", () => {
    expect(demoAccountsProblem(9, false)).toMatch(/^Refusing to start: 9 demo account\(s\)/);
    expect(demoAccountsProblem(9, true)).toBeNull();
    expect(demoAccountsProblem(0, false)).toBeNull();
  });
});
