"use server";

import { runPublicAction, textArg } from "@/lib/actions";
import { setPasswordFromLink } from "@/lib/dal/accounts/password-links";

// Needs no session: the single-use token in the link is the credential (256 bits, 72 hours).
export async function setPasswordAction(token: string, values: unknown) {
  return runPublicAction(() => setPasswordFromLink(textArg(token), values));
}
