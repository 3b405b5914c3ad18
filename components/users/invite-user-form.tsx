"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inviteUserAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { applyResult } from "@/components/ui/apply-result";
import { Button } from "@/components/ui/button";
import type { FormOptions } from "@/lib/dal/activity-edits";
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
  const [problem, setProblem] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ url: string; name: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(inviteUserSchema) as never,
    defaultValues: { name: "", email: "", role: "focal_point", organisationId: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    setInvited(null);
    const result = await inviteUserAction(values);
    setProblem(applyResult(result, setError));
    if (result.ok) {
      setInvited({ url: `${baseUrl}${result.data.link}`, name: values.name });
      reset();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {problem ? <Alert>{problem}</Alert> : null}
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
