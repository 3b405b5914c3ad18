import type { Metadata } from "next";
import { ActivityForm } from "@/components/activities/form/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getFormOptions } from "@/lib/dal/activities/edits";
import { EMPTY_ACTIVITY_FORM } from "@/lib/validation/activity";
import { createActivityAction } from "../actions";

export const metadata: Metadata = { title: "New activity" };

export default async function NewActivityPage() {
  const user = await requireCapability("activity:create");
  const options = await getFormOptions(user);
  // A focal point proposes activities of their own organisation: it leads unless they change it.
  const defaults = {
    ...EMPTY_ACTIVITY_FORM,
    leadOrganisationId: user.role === "focal_point" ? (user.organisation?.id ?? "") : "",
  };
  return (
    <>
      <PageHeader
        title="New activity"
        description="Save it as a draft, or submit it for review at once when the fields marked “Required to submit” are given."
      />
      <ActivityForm defaults={defaults} options={options} save={createActivityAction} />
    </>
  );
}
