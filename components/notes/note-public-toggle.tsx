"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setNotePublicAction } from "@/app/(app)/reports/background-note/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

/** Shows the note on the public register or takes it off, for those who write notes. */
export function NotePublicToggle({ noteId, isPublic }: { noteId: string; isPublic: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  return (
    <div>
      <Button
        type="button"
        variant="secondary"
        pending={state.pending}
        pendingLabel="Saving…"
        aria-describedby={state.error ? "note-public-error" : undefined}
        onClick={async () => {
          setState({ pending: true });
          const result = await setNotePublicAction(noteId, !isPublic);
          setState({ pending: false, error: result.ok ? undefined : result.message });
          if (result.ok) router.refresh();
        }}
      >
        {isPublic ? "Take off the public register" : "Publish on the public register"}
      </Button>
      <FieldError id="note-public-error" message={state.error} />
    </div>
  );
}
