import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanEditionForm } from "@/components/admin/plan-edition-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getPlanEditionForEdit } from "@/lib/dal/plan/editions";
import { updatePlanEditionAction } from "../actions";

export const metadata: Metadata = { title: "Edit a Plan of Action edition" };

export default async function EditPlanEditionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireCapability("plan:manage");
  const edition = await getPlanEditionForEdit(user, id);
  if (!edition) notFound();
  return (
    <>
      <PageHeader title={`Edit ${edition.values.title}`} />
      <PlanEditionForm
        defaults={edition.values}
        existing={{ code: edition.code, linked: edition.linked }}
        save={updatePlanEditionAction.bind(null, edition.id)}
      />
    </>
  );
}
