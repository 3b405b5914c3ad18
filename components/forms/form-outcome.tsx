import { Alert } from "@/components/ui/alert";
import type { FormOutcome as Outcome } from "./use-action-form";

/** The form's answer from the server, above its fields. */
export function FormOutcome({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return <Alert tone={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>;
}
