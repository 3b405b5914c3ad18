"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { renewCalendarFeed, revokeCalendarFeed } from "@/lib/dal/calendar";

export async function renewCalendarFeedAction() {
  const result = await runAction({ entityType: "user", entityId: "self", action: "renew_calendar_feed" }, (user) =>
    renewCalendarFeed(user),
  );
  revalidatePath("/account");
  return result;
}

export async function revokeCalendarFeedAction() {
  const result = await runAction({ entityType: "user", entityId: "self", action: "revoke_calendar_feed" }, (user) =>
    revokeCalendarFeed(user),
  );
  revalidatePath("/account");
  return result;
}
