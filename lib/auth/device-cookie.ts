import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { derivedKey } from "./secret-box";

// A browser that has signed in to an account before carries a device cookie for it (OWASP's
// "device cookies"): a random id signed with a key from NEXTAUTH_SECRET and bound to the
// user. Its attempts are throttled on their own key, not the email's, so a stranger who
// throttles the email does not keep the real user out.

export const DEVICE_COOKIE = "tracker-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function mac(userId: string, deviceId: string): Buffer {
  return createHmac("sha256", derivedKey("device-cookie")).update(`${userId}.${deviceId}`).digest();
}

export function newDeviceCookie(userId: string): string {
  const deviceId = randomBytes(16).toString("base64url");
  return `${userId}.${deviceId}.${mac(userId, deviceId).toString("base64url")}`;
}

/** The device's id when the cookie is genuine and was given to this user, else null. */
export function recognisedDevice(cookie: string | undefined, userId: string): string | null {
  const [owner, deviceId, signature, ...rest] = (cookie ?? "").split(".");
  if (!owner || !deviceId || !signature || rest.length > 0 || owner !== userId) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(userId, deviceId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}
