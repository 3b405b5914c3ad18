"use server";

import { runAction, textArg } from "@/lib/actions";
import { createPlanEdition, updatePlanEdition } from "@/lib/dal/plan/editions";

const PLAN_PAGES = ["/admin/plan", "/plan"];

export async function createPlanEditionAction(values: unknown) {
  return runAction(
    { entityType: "plan_edition", entityId: "new", action: "create" },
    (user) => createPlanEdition(user, values),
    PLAN_PAGES,
  );
}

export async function updatePlanEditionAction(id: string, values: unknown) {
  return runAction(
    { entityType: "plan_edition", entityId: id, action: "edit" },
    (user) => updatePlanEdition(user, textArg(id), values),
    PLAN_PAGES,
  );
}
