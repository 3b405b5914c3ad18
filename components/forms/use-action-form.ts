"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { applyResult } from "./apply-result";

/** What the form says after sending: the server's refusal, or what was done. */
export type FormOutcome = { ok: boolean; message: string } | null;

interface ActionFormOptions<TValues extends FieldValues, TData> {
  /** The schema the server action validates with: the user sees the same messages first. */
  schema: Parameters<typeof zodResolver>[0];
  defaultValues: DefaultValues<TValues>;
  action: (values: TValues) => Promise<ActionResult<TData>>;
  /**
   * After the server said yes: navigate, reset, or return the sentence to show. Returning
   * nothing leaves the form without a message (it is usually gone by then).
   */
  onSuccess?: (data: TData, values: TValues, form: UseFormReturn<TValues>) => string | void | Promise<string | void>;
}

/**
 * The one way a form talks to its server action: the zod schema checks as the user types,
 * the action is sent, and its answer lands on the form (field errors on their fields, the
 * message above them). Pending state comes from the form (`formState.isSubmitting`).
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
  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await action(values);
    if (!result.ok) return setOutcome({ ok: false, message: applyResult(result, form.setError) ?? result.message });
    const message = await onSuccess?.(result.data, values, form);
    if (message) setOutcome({ ok: true, message });
  });
  return { form, onSubmit, outcome, setOutcome };
}
