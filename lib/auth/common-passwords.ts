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

// ASVS 6.2.11: words anyone would try against this app and this person. A password that is
// little more than these (with digits and marks) is refused.
const CONTEXT_WORDS = [
  "asean",
  "aichr",
  "unicef",
  "ohchr",
  "undp",
  "tracker",
  "cooperation",
  "humanrights",
  "secretariat",
];

export function isGuessableFor(password: string, personal: string[]): boolean {
  const words = [...CONTEXT_WORDS, ...personal.flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/))].filter(
    (w) => w.length >= 3,
  );
  let rest = password.toLowerCase().replace(/[^a-z]/g, "");
  for (const word of words.sort((a, b) => b.length - a.length)) rest = rest.replaceAll(word, "");
  return rest.length < 6;
}
