import { isIP } from "node:net";
import { env } from "@/lib/env";

// The client's address, for per-address sign-in limits. By default the TCP peer's address
// (the server stamps it on every request: lib/security/socket-address.ts), which a client
// cannot choose. Behind proxies, TRUST_PROXY says which to believe, as Express's
// "trust proxy" does: a number of hops (each proxy appends the address it saw to
// X-Forwarded-For, so the client is that many entries left of the peer), or a
// comma-separated list of the proxies' addresses (entries are read right to left, skipping
// trusted proxies; the first other address is the client).

export const SOCKET_ADDRESS_HEADER = "x-tracker-socket-address";

type TrustProxy = { hops: number } | { addresses: Set<string> };

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "") return { hops: 0 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const addresses = text.split(",").map((a) => normalise(a.trim()));
  if (addresses.some((a) => a === null)) throw new Error(`TRUST_PROXY: not a hop count or list of addresses: ${text}`);
  return { addresses: new Set(addresses as string[]) };
}

/** "::ffff:192.0.2.1" and "192.0.2.1" are one client; anything not an address is null. */
function normalise(address: string | undefined): string | null {
  if (!address) return null;
  const plain = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return isIP(plain) ? plain.toLowerCase() : null;
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
};

export function clientAddress(
  headers: Record<string, unknown> | undefined,
  trust: TrustProxy = parseTrustProxy(env().TRUST_PROXY),
): string {
  const peer = normalise(header(headers, SOCKET_ADDRESS_HEADER));
  if (!peer) return "unknown";
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  // Nearest first: the peer, then what each proxy said it saw.
  const chain = [peer, ...forwarded.reverse().map(normalise)];
  if ("hops" in trust) {
    const index = Math.min(trust.hops, chain.length - 1);
    return chain[index] ?? "unknown";
  }
  for (const address of chain) {
    if (address === null) return "unknown";
    if (!trust.addresses.has(address)) return address;
  }
  return chain[chain.length - 1] ?? "unknown";
}

/** Whether a proxy is trusted at all, so its X-Forwarded-Host and -Proto may be believed. */
export function trustsProxy(trust: TrustProxy = parseTrustProxy(env().TRUST_PROXY)): boolean {
  return "hops" in trust ? trust.hops > 0 : trust.addresses.size > 0;
}
