import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// Secrets the server must read back (TOTP secrets) are kept encrypted with AES-256-GCM under
// a key derived from NEXTAUTH_SECRET, so a copy of the database alone does not yield them.

/** A key for one purpose, derived from NEXTAUTH_SECRET (MFA secrets, device cookies). */
export function derivedKey(purpose: "mfa-secret" | "device-cookie"): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error(`NEXTAUTH_SECRET is not set: it keys the ${purpose}s.`);
  return Buffer.from(hkdfSync("sha256", secret, "asean-un-tracker", purpose, 32));
}

const key = () => derivedKey("mfa-secret");

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function open(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) throw new Error("Malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
