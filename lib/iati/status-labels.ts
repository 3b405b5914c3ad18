import type { IatiActivity } from "./publication";

/** ActivityStatus names as the code list gives them. */
export const IATI_STATUS_LABELS: Record<IatiActivity["status"], string> = {
  "1": "Pipeline/identification",
  "2": "Implementation",
  "3": "Finalisation",
  "4": "Closed",
  "5": "Cancelled",
};
