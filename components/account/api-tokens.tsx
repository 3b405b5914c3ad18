"use client";

import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/account/actions";
import { FormOutcome } from "@/components/forms/form-outcome";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { ActionDialog } from "@/components/workflow/action-dialog";
import { API_TOKEN_LIFETIMES, apiTokenSchema, type ApiTokenInput } from "@/lib/validation/api-token";

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Personal tokens for the read API: made here, shown once, revoked here. */
export function ApiTokens({ tokens, now }: { tokens: ApiTokenRow[]; now: string }) {
  const [made, setMade] = useState<string | null>(null);
  const { form, onSubmit, outcome } = useActionForm<ApiTokenInput, { token: string }>({
    schema: apiTokenSchema,
    defaultValues: { name: "", expiresInDays: 90 },
    action: (values) => (setMade(null), createApiTokenAction(values)),
    onSuccess: ({ token }, _values, { reset }) => {
      setMade(token);
      reset();
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">
        A program that calls the read API (<code>/api/v1</code>) with a token sees what you may see; without one it sees
        the published record. Send it as <code>Authorization: Bearer …</code>.
      </p>
      {made ? (
        <div className="space-y-2">
          <Alert tone="success">Your new token is below. Copy it now: it is shown only once.</Alert>
          <label htmlFor="api-token" className="block font-medium text-slate-800">
            New API token
          </label>
          <input
            id="api-token"
            readOnly
            value={made}
            className={INPUT_CLASS}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      <FormOutcome outcome={outcome} />
      <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <Field id="token-name" label="Token name" error={errors.name?.message}>
          <input autoComplete="off" className={INPUT_CLASS} {...register("name")} />
        </Field>
        <Field id="token-lifetime" label="Expires after" error={errors.expiresInDays?.message}>
          <select className={INPUT_CLASS} {...register("expiresInDays")}>
            {API_TOKEN_LIFETIMES.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" pending={isSubmitting} pendingLabel="Making a token…">
          Make a token
        </Button>
      </form>
      {tokens.length === 0 ? (
        <p className="text-slate-600">You have no API token.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Your API tokens">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <p className="font-medium">{token.name}</p>
                <p className="text-slate-600">
                  Made <LocalTime iso={token.createdAt} />; {tokenState(token, now)}
                  {token.lastUsedAt ? (
                    <>
                      ; last used <LocalTime iso={token.lastUsedAt} />
                    </>
                  ) : null}
                  .
                </p>
              </div>
              {token.revokedAt || token.expiresAt <= now ? null : (
                <ActionDialog
                  label={`Revoke ${token.name}`}
                  title={`Revoke the token “${token.name}”?`}
                  description="Programs using it are refused from now on. This cannot be undone."
                  destructive
                  onConfirm={async () => {
                    const result = await revokeApiTokenAction(token.id);
                    return result.ok ? null : result.message;
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function tokenState(token: ApiTokenRow, now: string) {
  if (token.revokedAt) return "revoked";
  return token.expiresAt <= now ? "expired" : `expires ${token.expiresAt.slice(0, 10)}`;
}
