"use client";

import { conflictMessage } from "@/components/forms/apply-result";
import { useRouter } from "next/navigation";
import type { ReportView } from "@/lib/dal/reports/types";
import { transitionReportAction } from "@/app/(app)/activities/actions";
import { Button } from "@/components/ui/button";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ActionDialog } from "@/components/workflow/action-dialog";

/** Approve, return or reopen a report: only the buttons this user may press. */
export function ReportActions({
  activityId,
  report,
}: {
  activityId: string;
  report: Pick<ReportView, "id" | "version" | "actions" | "organisation">;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: ReportView["actions"][number]["action"], comment: string) => {
    const result = await transitionReportAction(activityId, report.id, report.version, action, comment);
    if (result.ok) {
      router.refresh();
      return null;
    }
    return conflictMessage(result, "report") ?? result.message;
  };
  if (report.actions.length === 0) return null;
  return (
    <div className="mt-3 space-y-2">
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {report.actions.map(({ action, label, needsComment }) =>
          needsComment ? (
            <ActionDialog
              key={action}
              label={label}
              title={`${label}: ${report.organisation.label}`}
              commentLabel={action === "return_report" ? "What should change" : "Reason"}
              commentRequired
              onConfirm={(comment) => run(action, comment)}
            />
          ) : (
            <Button
              key={action}
              type="button"
              pending={pending}
              pendingLabel="Working…"
              onClick={async () => {
                setPending(true);
                setError(await run(action, ""));
                setPending(false);
              }}
            >
              {label}
            </Button>
          ),
        )}
      </div>
    </div>
  );
}
