import type { Metadata } from "next";
import { PlanEditionForm } from "@/components/admin/plan-edition-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { EMPTY_PLAN_EDITION } from "@/lib/validation/plan-edition";
import { createPlanEditionAction } from "../actions";

export const metadata: Metadata = { title: "Add a Plan of Action edition" };

export default async function NewPlanEditionPage() {
  await requireCapability("plan:manage");
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
