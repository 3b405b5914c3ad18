import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { activities } from "@/db/schema";
import { createActivity } from "@/lib/dal/activities/edits";
import { transitionActivity } from "@/lib/dal/activities/transitions";
import type { ActivityFormValues } from "@/lib/validation/activity";
import { draftInput } from "./activity-input";
import { demoUser } from "./actors";

/** An activity UNICEF proposed, a reviewer approved and UNICEF marked completed: ready for reports. */
export async function completedActivity(db: Database, title: string, overrides: Partial<ActivityFormValues> = {}) {
  const unicef = await demoUser(db, "unicef@demo.test");
  const reviewer = await demoUser(db, "reviewer@demo.test");
  const { id } = await createActivity(unicef, await draftInput(db, { title, ...overrides }));
  for (const [user, action] of [
    [unicef, "submit"],
    [reviewer, "approve"],
    [unicef, "complete"],
  ] as const) {
    const [row] = await db.select().from(activities).where(eq(activities.id, id));
    await transitionActivity(user, { activityId: id, action, expectedVersion: row!.version, input: { comment: "" } });
  }
  return { id, unicef, reviewer };
}
