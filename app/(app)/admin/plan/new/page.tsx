import type { Metadata } from "next";
import { PlanEditionForm } from "@/components/admin/plan-edition-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { listPlanFrameworks } from "@/lib/dal/plan/frameworks";
import { EMPTY_PLAN_EDITION } from "@/lib/validation/plan-edition";
import { createPlanEditionAction } from "../actions";

export const metadata: Metadata = { title: "Add a plan edition" };

export default async function NewPlanEditionPage() {
  const user = await requireCapability("plan:manage");
  const frameworks = await listPlanFrameworks(user);
  // With one framework recorded, the edition is of that one unless the admin says otherwise.
  const frameworkId = frameworks.length === 1 ? frameworks[0]!.id : "";
  return (
    <>
      <PageHeader
        title="Add a plan edition"
        description="Its sections and clauses; activities can link the clauses as soon as it is added."
      />
      <PlanEditionForm
        defaults={{ ...EMPTY_PLAN_EDITION, frameworkId }}
        frameworks={frameworks}
        save={createPlanEditionAction}
      />
    </>
  );
}
