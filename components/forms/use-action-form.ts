"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { applyResult } from "./apply-result";

/** A server action's refusal as it came: its message, field errors and any conflict. */
export type Refusal = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * What the form says after sending: the server's refusal, or what was done. A refusal keeps
 * what the server sent (`refusal`), so a form can show more than the sentence (who saved first).
 */
export type FormOutcome = { ok: boolean; message: string; refusal?: Refusal } | null;

/** After the server said yes: navigate, reset, or return the sentence to show. */
type OnSuccess<TValues extends FieldValues, TData> = (
  data: TData,
  values: TValues,
  form: UseFormReturn<TValues>,
) => string | void | Promise<string | void>;

interface ActionFormOptions<TValues extends FieldValues, TData> {
  /** The schema the server action validates with: the user sees the same messages first. */
  schema: Parameters<typeof zodResolver>[0];
  defaultValues: DefaultValues<TValues>;
  action: (values: TValues) => Promise<ActionResult<TData>>;
  /**
   * After the server said yes: navigate, reset, or return the sentence to show. Returning
   * nothing leaves the form without a message (it is usually gone by then).
   */
  onSuccess?: OnSuccess<TValues, TData>;
}

/**
 * The one way a form talks to its server action: the zod schema checks as the user types,
 * the action is sent, and its answer lands on the form (field errors on their fields, the
 * message above them). Pending state comes from the form (`formState.isSubmitting`).
 *
 * A form with a second button that sends the same values elsewhere ("Save and submit") gets
 * its handler from `submitWith(name, action, onSuccess)`: the same checks, field errors and
 * outcome. `sending` names the way that was sent ("submit" for `onSubmit`) from the moment it
 * goes until the server refuses or the form shows a message; after a success that says nothing
 * (the page is leaving) it stays, so that button keeps saying what it is doing until then.
 */
export function useActionForm<TValues extends FieldValues, TData = unknown>({
  schema,
  defaultValues,
  action,
  onSuccess,
}: ActionFormOptions<TValues, TData>) {
  const form = useForm<TValues>({
    // The schema's input and output types differ (defaults, coercion); the form holds the input.
    resolver: zodResolver(schema) as unknown as Resolver<TValues>,
    defaultValues,
  });
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const [sending, setSending] = useState<string | null>(null);
  const submitWith = <TOther>(
    name: string,
    send: (values: TValues) => Promise<ActionResult<TOther>>,
    done?: OnSuccess<TValues, TOther>,
  ) =>
    form.handleSubmit(async (values) => {
      setOutcome(null);
      setSending(name);
      const result = await send(values);
      if (!result.ok) {
        setSending(null);
        const message = applyResult(result, form.setError) ?? result.message;
        return setOutcome({ ok: false, message, refusal: result });
      }
      const message = await done?.(result.data, values, form);
      if (message) {
        setSending(null);
        setOutcome({ ok: true, message });
      }
    });
  const onSubmit = submitWith("submit", action, onSuccess);
  return { form, onSubmit, outcome, setOutcome, submitWith, sending };
}
