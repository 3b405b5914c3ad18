import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// ~49,000 common and breached passwords from zxcvbn-ts's maintained list, shipped with the
// app (no network call). Server-only: the list is too large for the browser bundle.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  const lowered = password.toLowerCase();
  // "password1234" and "password!!!!" are as weak as "password": strip trailing digits and marks.
  return common.has(lowered) || common.has(lowered.replace(/[\d\W_]+$/, ""));
}
