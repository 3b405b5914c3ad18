"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { endOtherSessionsAction } from "@/app/(app)/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { PasswordAgainInput } from "./new-password-fields";

type OpenSession = { createdAt: string; lastSeenAt: string; current: boolean };

/** Where the user is signed in, and a way to sign out everywhere else. */
export function OpenSessions({ sessions }: { sessions: OpenSession[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 text-sm">
        {sessions.map((s, i) => (
          <li key={i} className="py-2">
            Signed in <LocalTime iso={s.createdAt} />, last active <LocalTime iso={s.lastSeenAt} />
            {s.current ? <span className="ml-2 font-medium text-emerald-800">(this browser)</span> : null}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={async (e) => {
            e.preventDefault();
            setPending(true);
            const password = String(new FormData(e.currentTarget).get("password") ?? "");
            const result = await endOtherSessionsAction({ password });
            setPending(false);
            setProblem(result.ok ? null : (result.fieldErrors?.password ?? result.message));
            if (result.ok) router.refresh();
          }}
        >
          {problem ? (
            <div className="w-full">
              <Alert>{problem}</Alert>
            </div>
          ) : null}
          <PasswordAgainInput id="sessions-password" label="Your password, to sign out elsewhere" />
          <Button type="submit" variant="secondary" pending={pending} pendingLabel="Signing out…">
            Sign out {others} other {others === 1 ? "session" : "sessions"}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">You are signed in nowhere else.</p>
      )}
    </div>
  );
}
