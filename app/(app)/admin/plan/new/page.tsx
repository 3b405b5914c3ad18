import type { Metadata } from "next";
import { PlanEditionForm } from "@/components/admin/plan-edition-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { EMPTY_PLAN_EDITION } from "@/lib/validation/plan-edition";
import { createPlanEditionAction } from "../actions";

export const metadata: Metadata = { title: "Add a Plan of Action edition" };

export default async function NewPlanEditionPage() {
  const user = await requireUser();
  if (!can(user.role, "plan:manage")) {
    return <EmptyState title="Only administrators manage the Plan of Action." />;
  }
  return (
    <>
      <PageHeader
        title="Add a Plan of Action edition"
        description="Its sections and clauses; activities can link the clauses as soon as it is added."
      />
      <PlanEditionForm defaults={EMPTY_PLAN_EDITION} save={createPlanEditionAction} />
    </>
  );
}
