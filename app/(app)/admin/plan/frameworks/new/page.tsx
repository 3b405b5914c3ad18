import type { Metadata } from "next";
import { PlanFrameworkForm } from "@/components/admin/plan-framework-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { EMPTY_PLAN_FRAMEWORK } from "@/lib/validation/plan-framework";
import { createPlanFrameworkAction } from "../../actions";

export const metadata: Metadata = { title: "Add a plan framework" };

export default async function NewPlanFrameworkPage() {
  await requireCapability("plan:manage");
  return (
    <>
      <PageHeader
        title="Add a plan framework"
        description="A plan the work answers to, such as the AICHR's Five-Year Work Plan; its editions are added next."
      />
      <PlanFrameworkForm defaults={EMPTY_PLAN_FRAMEWORK} save={createPlanFrameworkAction} />
    </>
  );
}
