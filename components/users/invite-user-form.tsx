"use client";

import { useState } from "react";
import type { FormOptions } from "@/lib/dal/activities/types";
import { inviteUserAction } from "@/app/(app)/admin/users/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { inviteUserSchema, type InviteUserInput } from "@/lib/validation/user";
import { PasswordLinkNotice } from "./password-link-notice";
import { RoleFields } from "./role-fields";

type Values = InviteUserInput & { organisationId: string };

export function InviteUserForm({
  baseUrl,
  organisations,
}: {
  baseUrl: string;
  organisations: FormOptions["organisations"];
}) {
  const [invited, setInvited] = useState<{ url: string; name: string } | null>(null);
  const { form, onSubmit, outcome } = useActionForm<Values, { link: string }>({
    schema: inviteUserSchema,
    defaultValues: { name: "", email: "", role: "focal_point", organisationId: "" },
    action: (values) => (setInvited(null), inviteUserAction(values)),
    onSuccess: ({ link }, values, { reset }) => {
      setInvited({ url: `${baseUrl}${link}`, name: values.name });
      reset();
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormOutcome outcome={outcome} />
      {invited ? <PasswordLinkNotice url={invited.url} who={invited.name} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="name" label="Name" error={errors.name?.message}>
          <input autoComplete="off" className={INPUT_CLASS} {...register("name")} />
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          <input type="email" autoComplete="off" className={INPUT_CLASS} {...register("email")} />
        </Field>
        <RoleFields register={register} errors={errors} organisations={organisations} />
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel="Inviting…">
        Invite
      </Button>
    </form>
  );
}
