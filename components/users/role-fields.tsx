"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { FormOptions } from "@/lib/dal/activities/types";
import { OrganisationOptions } from "@/components/activities/form/involved-organisations";
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
  organisations: FormOptions["organisations"];
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
          <OrganisationOptions organisations={organisations} emptyLabel="None" />
        </select>
      </Field>
    </>
  );
}
