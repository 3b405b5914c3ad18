import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy, SOCKET_ADDRESS_HEADER } from "./client-address";

const request = (peer: string, forwarded?: string) => ({
  [SOCKET_ADDRESS_HEADER]: peer,
  ...(forwarded ? { "x-forwarded-for": forwarded } : {}),
});

describe("the client address for sign-in limits", () => {
  it("is the TCP peer by default, whatever X-Forwarded-For claims", () => {
    const none = parseTrustProxy(undefined);
    expect(clientAddress(request("198.51.100.7", "203.0.113.1"), none)).toBe("198.51.100.7");
    expect(clientAddress(request("::ffff:198.51.100.7"), none)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.1" }, none)).toBe("unknown");
  });

  it("with a hop count, is that many entries left of the peer", () => {
    const one = parseTrustProxy("1");
    expect(clientAddress(request("10.0.0.2", "203.0.113.1, 198.51.100.9"), one)).toBe("198.51.100.9");
    const two = parseTrustProxy("2");
    expect(clientAddress(request("10.0.0.2", "203.0.113.1, 198.51.100.9"), two)).toBe("203.0.113.1");
    expect(clientAddress(request("10.0.0.2", "203.0.113.1, not-an-address, 10.0.0.3"), two)).toBe("unknown");
  });

  it("with a list of proxies, is the first address from the right that is not one of them", () => {
    const trusted = parseTrustProxy("10.0.0.2, 10.0.0.3");
    // A client cannot add its way past the trusted proxies by sending its own header.
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.3"), trusted)).toBe("198.51.100.9");
    expect(clientAddress(request("198.51.100.20", "1.2.3.4"), trusted)).toBe("198.51.100.20");
    expect(() => parseTrustProxy("yes")).toThrow(/TRUST_PROXY/);
  });
});
