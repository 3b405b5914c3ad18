"use client";

import { useState } from "react";
import { setIatiPublicationAction } from "@/app/(app)/activities/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

/** Marks the activity for the public IATI file or keeps it out, for those who review entries. */
export function IatiPublicationToggle({ id, publish }: { id: string; publish: boolean }) {
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  return (
    <div className="mt-2">
      <Button
        type="button"
        variant="secondary"
        pending={state.pending}
        pendingLabel="Saving…"
        aria-describedby={state.error ? `iati-publication-error` : undefined}
        onClick={async () => {
          setState({ pending: true });
          const result = await setIatiPublicationAction(id, { publish: !publish });
          setState({ pending: false, error: result.ok ? undefined : result.message });
        }}
      >
        {publish ? "Keep out of the IATI file" : "Publish to IATI"}
      </Button>
      <FieldError id="iati-publication-error" message={state.error} />
    </div>
  );
}
