import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

describe("security headers", () => {
  it("let scripts run only with this request's nonce, never inline or eval in production", () => {
    const csp = contentSecurityPolicy("abc123", false);
    const scripts = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("send HSTS over HTTPS only, and the usual protections always", () => {
    expect(securityHeaders("n", { development: false, https: true })).toMatchObject({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders("n", { development: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("make a fresh nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});
