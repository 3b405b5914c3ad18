import "server-only";
import { asc, eq } from "drizzle-orm";
import { planFrameworks } from "@/db/schema";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { newPlanFrameworkSchema, planFrameworkEditSchema } from "@/lib/validation/plan-framework";
import { assertCan } from "@/lib/dal/access";
import { recordEvent } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// Administrators record the plans the work answers to (the ASEAN-UN Plan of Action, the
// AICHR's work plans); each holds its editions. A framework's code never changes.

export interface PlanFrameworkSummary {
  id: string;
  code: string;
  name: string;
  owner: string | null;
}

/** Every framework by name: the edition form's choices and the admin list's headings. */
export async function listPlanFrameworks(user: SessionUser): Promise<PlanFrameworkSummary[]> {
  assertCan(user, "plan:manage");
  const db = await getDatabase();
  return db
    .select({ id: planFrameworks.id, code: planFrameworks.code, name: planFrameworks.name, owner: planFrameworks.owner })
    .from(planFrameworks)
    .orderBy(asc(planFrameworks.name), asc(planFrameworks.code));
}

/** Adds a framework, audited. */
export async function createPlanFramework(user: SessionUser, input: unknown): Promise<{ id: string }> {
  const subject = { entityType: "plan_framework" as const, entityId: "new", action: "create" };
  return mutate({ user, subject, capability: "plan:manage" }, async (tx, effects) => {
    const { code, name, owner } = newPlanFrameworkSchema.parse(input);
    const [taken] = await tx.select({ id: planFrameworks.id }).from(planFrameworks).where(eq(planFrameworks.code, code));
    if (taken) {
      throw new InvalidInputError("Some fields need attention.", { code: `A framework with the code ${code} exists.` });
    }
    const [row] = await tx
      .insert(planFrameworks)
      .values({ code, name, owner: owner || null })
      .returning({ id: planFrameworks.id });
    effects.audit(recordEvent(user, "plan_framework", row!.id, "create", null, { code, name, owner: owner || null }));
    return { id: row!.id };
  });
}

/** Renames a framework or changes its owner, audited with what it was. */
export async function updatePlanFramework(user: SessionUser, id: string, input: unknown): Promise<void> {
  const subject = { entityType: "plan_framework" as const, entityId: id, action: "edit" };
  await mutate({ user, subject, capability: "plan:manage", publicRecord: true }, async (tx, effects) => {
    const { name, owner } = planFrameworkEditSchema.parse(input);
    if (!isUuid(id)) throw new AppError("not_found", "plan_framework");
    const [before] = await tx
      .select({ name: planFrameworks.name, owner: planFrameworks.owner })
      .from(planFrameworks)
      .where(eq(planFrameworks.id, id))
      .for("update");
    if (!before) throw new AppError("not_found", "plan_framework");
    const after = { name, owner: owner || null };
    await tx.update(planFrameworks).set(after).where(eq(planFrameworks.id, id));
    effects.audit(recordEvent(user, "plan_framework", id, "edit", before, after));
  });
}
