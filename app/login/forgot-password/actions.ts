"use server";

import { headers } from "next/headers";
import { runPublicAction } from "@/lib/actions";
import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/dal/accounts/password-links";

// Needs no session: whoever asks gets the same answer, and only the account's own mailbox
// receives the link. The data layer validates, throttles and audits.
export async function requestPasswordResetAction(values: unknown) {
  // The address the server stamped on the request (lib/auth/client-address.ts), as for sign-in.
  const address = clientAddress(Object.fromEntries(await headers()));
  return runPublicAction(() => requestPasswordReset(values, address));
}
