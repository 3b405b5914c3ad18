"use client";

import { useState } from "react";
import { setMfaRequiredRolesAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/domain";

/** Which roles must use two-step verification; their users can do nothing else until they enrol. */
export function MfaRolesForm({ initial }: { initial: Role[] }) {
  const [roles, setRoles] = useState<Role[]>(initial);
  const [state, setState] = useState<"idle" | "saving" | "saved" | string>("idle");
  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setState("saving");
        const result = await setMfaRequiredRolesAction({ roles });
        setState(result.ok ? "saved" : result.message);
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Require two-step verification for</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => {
                  setState("idle");
                  setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role));
                }}
              />
              {ROLE_LABELS[role]}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-slate-600">
        Users of these roles who have not set it up can only set it up until they do, from their next page.
      </p>
      <div className="flex items-center gap-3">
        <Button type="submit" pending={state === "saving"} pendingLabel="Saving…">
          Save
        </Button>
        <p role="status" className="text-sm text-slate-600">
          {state === "saved" ? "Saved." : state === "idle" || state === "saving" ? "" : state}
        </p>
      </div>
    </form>
  );
}
