"use server";

import { runAction, textArg } from "@/lib/actions";
import { applyImport, planImport, type ImportPlan } from "@/lib/dal/activities/import";

// Only what the preview table needs goes back: no ids of organisations or clauses.
const summary = (plan: ImportPlan) => ({
  error: plan.error ?? null,
  counts: plan.counts,
  rows: plan.rows.map(({ line, reference, title, action, messages, activityId }) => ({
    line,
    reference,
    title,
    action,
    messages,
    activityId: activityId ?? null,
  })),
});

export async function previewImportAction(text: string) {
  return runAction({ entityType: "activity", entityId: "new", action: "import_preview" }, async (user) =>
    summary(await planImport(user, textArg(text))),
  );
}

export async function applyImportAction(text: string) {
  return runAction(
    { entityType: "activity", entityId: "new", action: "import" },
    async (user) => summary(await applyImport(user, textArg(text))),
    "/activities",
  );
}
