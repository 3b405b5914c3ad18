"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changeUserRoleAction } from "@/app/(app)/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { applyResult } from "@/components/ui/apply-result";
import { Button } from "@/components/ui/button";
import type { FormOptions } from "@/lib/dal/activity-edits";
import { userRoleSchema } from "@/lib/validation/user";
import type { Role } from "@/lib/domain";
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
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(userRoleSchema) as never, defaultValues: initial });
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await changeUserRoleAction(userId, values);
    const problem = applyResult(result, setError);
    setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: "Saved. Their sessions ended." });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {outcome ? <Alert tone={outcome.ok ? "success" : "error"}>{outcome.message}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <RoleFields register={register} errors={errors} organisations={organisations} />
      </div>
      <p className="text-sm text-slate-600">Saving signs the user out everywhere, so the new role applies at once.</p>
      <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
        Save role
      </Button>
    </form>
  );
}
