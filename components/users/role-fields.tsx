"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { ROLE_LABELS, ROLES } from "@/lib/domain";

type RoleValues = { role: string; organisationId: string };

/** Role and organisation, as the invite form and the user page both ask for them. */
export function RoleFields<T extends RoleValues>({
  register,
  errors,
  organisations,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<RoleValues>;
  organisations: Array<{ id: string; label: string }>;
}) {
  const reg = register as unknown as UseFormRegister<RoleValues>;
  return (
    <>
      <Field id="role" label="Role" error={errors.role?.message}>
        <select className={INPUT_CLASS} {...reg("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="organisationId"
        label="Organisation"
        hint="Required for focal points: they act for this organisation."
        error={errors.organisationId?.message}
      >
        <select className={INPUT_CLASS} {...reg("organisationId")}>
          <option value="">None</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
