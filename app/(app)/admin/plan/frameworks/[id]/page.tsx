import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanFrameworkForm } from "@/components/admin/plan-framework-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { listPlanFrameworks } from "@/lib/dal/plan/frameworks";
import { updatePlanFrameworkAction } from "../../actions";

export const metadata: Metadata = { title: "Edit a plan framework" };

export default async function EditPlanFrameworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireCapability("plan:manage");
  const framework = (await listPlanFrameworks(user)).find((f) => f.id === id);
  if (!framework) notFound();
  return (
    <>
      <PageHeader title={`Edit ${framework.name}`} />
      <PlanFrameworkForm
        defaults={{ name: framework.name, owner: framework.owner ?? "" }}
        existingCode={framework.code}
        save={updatePlanFrameworkAction.bind(null, framework.id)}
      />
    </>
  );
}
