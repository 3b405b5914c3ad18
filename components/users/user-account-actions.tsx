"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  forcePasswordResetAction,
  renewInvitationAction,
  setUserActiveAction,
  unlockSignInAction,
} from "@/app/(app)/admin/users/actions";
import { ActionDialog } from "@/components/workflow/action-dialog";
import type { ActionResult } from "@/lib/action-result";
import { PasswordLinkNotice } from "./password-link-notice";

/** Deactivate or reactivate, force a password reset, renew an invitation, end a sign-in pause: each confirmed first. */
export function UserAccountActions({
  user,
  baseUrl,
  throttled = false,
}: {
  user: { id: string; name: string; active: boolean; awaitingPassword: boolean };
  baseUrl: string;
  /** Failed sign-ins are counted against the account, or its sign-in is paused. */
  throttled?: boolean;
}) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const settle = async (result: ActionResult<{ link: string } | void>) => {
    if (!result.ok) return result.message;
    if (result.data && "link" in result.data) setLink(`${baseUrl}${result.data.link}`);
    router.refresh();
    return null;
  };
  return (
    <div className="space-y-4">
      {link ? <PasswordLinkNotice url={link} who={user.name} /> : null}
      <div className="flex flex-wrap gap-3">
        {user.active ? (
          <ActionDialog
            label="Deactivate"
            title={`Deactivate ${user.name}?`}
            description="They are signed out at once and cannot sign in until reactivated. Everything they did stays in the record."
            destructive
            onConfirm={async () => settle(await setUserActiveAction(user.id, false))}
          />
        ) : (
          <ActionDialog
            label="Reactivate"
            title={`Reactivate ${user.name}?`}
            description="They can sign in again with their password."
            onConfirm={async () => settle(await setUserActiveAction(user.id, true))}
          />
        )}
        {user.active && !user.awaitingPassword ? (
          <ActionDialog
            label="Force password reset"
            title={`Force a password reset for ${user.name}?`}
            description="Their password stops working now and they are signed out everywhere. You get a link (also emailed) with which they choose a new one."
            destructive
            onConfirm={async () => settle(await forcePasswordResetAction(user.id))}
          />
        ) : null}
        {user.active && user.awaitingPassword ? (
          <ActionDialog
            label="New password link"
            title={`A new link for ${user.name}?`}
            description="Any earlier link stops working. The new one works once, for 72 hours, and is emailed too."
            onConfirm={async () => settle(await renewInvitationAction(user.id))}
          />
        ) : null}
        {throttled ? (
          <ActionDialog
            label="Unlock sign-in"
            title={`End the sign-in pause for ${user.name}?`}
            description="Failed sign-ins counted against this email are forgotten and new browsers may try again at once. Do it when you know the failures were theirs; the unlock is recorded."
            onConfirm={async () => settle(await unlockSignInAction(user.id))}
          />
        ) : null}
      </div>
    </div>
  );
}
