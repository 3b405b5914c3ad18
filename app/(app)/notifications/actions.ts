"use server";

import { runAction, textArg } from "@/lib/actions";
import { markAllRead, markRead, setEmailPreference } from "@/lib/dal/notifications/inbox";

export async function markReadAction(id: string) {
  return runAction(
    { entityType: "user", entityId: "self", action: "mark_read" },
    (user) => markRead(user, textArg(id)),
    { layout: "/" },
  );
}

export async function markAllReadAction() {
  return runAction({ entityType: "user", entityId: "self", action: "mark_all_read" }, (user) => markAllRead(user), {
    layout: "/",
  });
}

export async function setEmailPreferenceAction(values: unknown) {
  return runAction(
    { entityType: "user", entityId: "self", action: "email_preference" },
    (user) => setEmailPreference(user, values),
    "/account",
  );
}
