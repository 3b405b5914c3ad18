import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/activities/form/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getActivityForEdit, getFormOptions } from "@/lib/dal/activities/edits";
import { updateActivityAction } from "../../actions";

export const metadata: Metadata = { title: "Edit activity" };

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  // Null both when there is no such activity and when this user may not edit it now.
  const draft = await getActivityForEdit(user, id);
  if (!draft) notFound();
  // A retired organisation the draft already names stays among the choices.
  const named = [draft.values.leadOrganisationId, ...draft.values.involved.map((i) => i.organisationId)];
  const options = await getFormOptions(user, named);
  return (
    <>
      <PageHeader title="Edit activity" description={draft.values.title} />
      <ActivityForm
        activityId={id}
        defaults={draft.values}
        options={options}
        save={updateActivityAction.bind(null, id, draft.version)}
      />
    </>
  );
}
