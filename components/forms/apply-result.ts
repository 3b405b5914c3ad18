"use client";

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * What to tell the user when a save lost to someone else's: who changed the entry, and that
 * reloading shows their change (the form keeps what the user typed until then).
 */
export function conflictMessage(result: ActionResult<unknown>, entry = "entry"): string | null {
  if (result.ok || !result.conflict) return null;
  return `This ${entry} was changed by ${result.conflict.changedBy ?? "someone else"} meanwhile: reload the page to see it.`;
}

/** Maps a refused action's field errors onto the form; returns the message for the alert, or null. */
export function applyResult<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): string | null {
  if (result.ok) return null;
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
    setError(field as Path<T>, { type: "server", message });
  }
  return conflictMessage(result) ?? result.message;
}
