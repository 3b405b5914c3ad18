"use server";

import { revalidatePath } from "next/cache";
import { runAction, textArg } from "@/lib/actions";
import { markAllRead, markRead, setEmailPreference } from "@/lib/dal/notifications";

export async function markReadAction(id: string) {
  const result = await runAction({ entityType: "user", entityId: "self", action: "mark_read" }, (user) =>
    markRead(user, textArg(id)),
  );
  revalidatePath("/", "layout");
  return result;
}

export async function markAllReadAction() {
  const result = await runAction({ entityType: "user", entityId: "self", action: "mark_all_read" }, (user) =>
    markAllRead(user),
  );
  revalidatePath("/", "layout");
  return result;
}

export async function setEmailPreferenceAction(values: unknown) {
  const result = await runAction({ entityType: "user", entityId: "self", action: "email_preference" }, (user) =>
    setEmailPreference(user, values),
  );
  revalidatePath("/account");
  return result;
}
