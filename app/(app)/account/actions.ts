"use server";

import { runAction } from "@/lib/actions";
import { renewCalendarFeed, revokeCalendarFeed } from "@/lib/dal/calendar";

export async function renewCalendarFeedAction() {
  return runAction(
    { entityType: "user", entityId: "self", action: "renew_calendar_feed" },
    (user) => renewCalendarFeed(user),
    "/account",
  );
}

export async function revokeCalendarFeedAction() {
  return runAction(
    { entityType: "user", entityId: "self", action: "revoke_calendar_feed" },
    (user) => revokeCalendarFeed(user),
    "/account",
  );
}
