import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanContinuations } from "@/components/admin/plan-continuations";
import { PlanEditionForm } from "@/components/admin/plan-edition-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getContinuationsForEdit } from "@/lib/dal/plan/continuations";
import { getPlanEditionForEdit } from "@/lib/dal/plan/editions";
import { listPlanFrameworks } from "@/lib/dal/plan/frameworks";
import { setClauseContinuationsAction, updatePlanEditionAction } from "../actions";

export const metadata: Metadata = { title: "Edit a Plan of Action edition" };

export default async function EditPlanEditionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireCapability("plan:manage");
  const edition = await getPlanEditionForEdit(user, id);
  if (!edition) notFound();
  const [frameworks, continuations] = await Promise.all([listPlanFrameworks(user), getContinuationsForEdit(user, id)]);
  return (
    <>
      <PageHeader title={`Edit ${edition.values.title}`} />
      <PlanEditionForm
        defaults={edition.values}
        existing={{ code: edition.code, linked: edition.linked }}
        frameworks={frameworks}
        save={updatePlanEditionAction.bind(null, edition.id)}
      />
      {continuations ? (
        <Card title="Continuations" className="mt-8">
          <p className="mb-3 text-sm text-slate-600">
            Which clauses of the previous edition each clause continues: coverage across editions follows them. A
            clause may continue several (merged), and several may continue one (split).
          </p>
          <PlanContinuations data={continuations} save={setClauseContinuationsAction} />
        </Card>
      ) : null}
    </>
  );
}
