"use server";

import { runAction, textArg } from "@/lib/actions";
import { setClauseContinuations } from "@/lib/dal/plan/continuations";
import { createPlanEdition, updatePlanEdition } from "@/lib/dal/plan/editions";
import { createPlanFramework, updatePlanFramework } from "@/lib/dal/plan/frameworks";

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

export async function createPlanFrameworkAction(values: unknown) {
  return runAction(
    { entityType: "plan_framework", entityId: "new", action: "create" },
    (user) => createPlanFramework(user, values),
    PLAN_PAGES,
  );
}

export async function updatePlanFrameworkAction(id: string, values: unknown) {
  return runAction(
    { entityType: "plan_framework", entityId: id, action: "edit" },
    (user) => updatePlanFramework(user, textArg(id), values),
    PLAN_PAGES,
  );
}

export async function setClauseContinuationsAction(clauseId: string, values: unknown) {
  return runAction(
    { entityType: "plan_clause", entityId: clauseId, action: "set_continuations" },
    (user) => setClauseContinuations(user, textArg(clauseId), values),
    // The edition's admin page is under /admin/plan; /plan shows coverage through the links.
    ["/plan", { layout: "/admin/plan" }],
  );
}
