"use server";

import { runAction, textArg } from "@/lib/actions";
import { createApiToken, revokeApiToken } from "@/lib/dal/accounts/api-tokens";
import { renewCalendarFeed, revokeCalendarFeed } from "@/lib/dal/activities/calendar";

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

export async function createApiTokenAction(values: unknown) {
  return runAction(
    { entityType: "user", entityId: "self", action: "create_api_token" },
    async (user) => {
      const { token, expiresAt } = await createApiToken(user, values);
      return { token, expiresAt: expiresAt.toISOString() };
    },
    "/account",
  );
}

export async function revokeApiTokenAction(id: string) {
  return runAction(
    { entityType: "user", entityId: "self", action: "revoke_api_token" },
    (user) => revokeApiToken(user, textArg(id)),
    "/account",
  );
}
