"use client";

import { changeUserRoleAction } from "@/app/(app)/admin/users/actions";
import type { FormOptions } from "@/lib/dal/activities/types";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/domain";
import { userRoleSchema } from "@/lib/validation/user";
import { RoleFields } from "./role-fields";

type Values = { role: Role; organisationId: string };

export function UserRoleForm({
  userId,
  initial,
  organisations,
}: {
  userId: string;
  initial: Values;
  organisations: FormOptions["organisations"];
}) {
  const { form, onSubmit, outcome } = useActionForm<Values>({
    schema: userRoleSchema,
    defaultValues: initial,
    action: (values) => changeUserRoleAction(userId, values),
    onSuccess: () => "Saved. Their sessions ended.",
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome outcome={outcome} />
      <div className="grid gap-4 md:grid-cols-2">
        <RoleFields register={form.register} errors={form.formState.errors} organisations={organisations} />
      </div>
      <p className="text-sm text-slate-600">Saving signs the user out everywhere, so the new role applies at once.</p>
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Saving…">
        Save role
      </Button>
    </form>
  );
}
