"use server";

import { revalidatePath } from "next/cache";
import { runAction, textArg } from "@/lib/actions";
import { createPlanEdition, updatePlanEdition } from "@/lib/dal/plan-editions";

function refresh() {
  revalidatePath("/admin/plan");
  revalidatePath("/plan");
}

export async function createPlanEditionAction(values: unknown) {
  const result = await runAction({ entityType: "plan_edition", entityId: "new", action: "create" }, (user) =>
    createPlanEdition(user, values),
  );
  if (result.ok) refresh();
  return result;
}

export async function updatePlanEditionAction(id: string, values: unknown) {
  const result = await runAction({ entityType: "plan_edition", entityId: id, action: "edit" }, (user) =>
    updatePlanEdition(user, textArg(id), values),
  );
  if (result.ok) refresh();
  return result;
}
