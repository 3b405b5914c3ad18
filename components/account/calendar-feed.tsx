"use client";

import { useState } from "react";
import { renewCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { ActionDialog } from "@/components/workflow/action-dialog";

/** The private calendar feed: its link is shown once, when made; it can be renewed or revoked. */
export function CalendarFeed({ baseUrl, createdAt }: { baseUrl: string; createdAt: string | null }) {
  const [token, setToken] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = token ? `${baseUrl}/calendar.ics?token=${token}` : null;
  return (
    <div className="space-y-4 text-sm">
      {error ? <Alert>{error}</Alert> : null}
      {url ? (
        <div className="space-y-2">
          <Alert tone="success">Your private feed link is below. Copy it now: it is shown only once.</Alert>
          <label htmlFor="feed-url" className="block font-medium text-slate-800">
            Private feed link
          </label>
          <input id="feed-url" readOnly value={url} className={INPUT_CLASS} onFocus={(e) => e.currentTarget.select()} />
          <p className="text-slate-600">
            It holds the activities of the last 12 months and all to come. Add <code>&amp;from=2018-01-01</code> to
            reach further back, <code>&amp;org=UNICEF</code> for one organisation or <code>&amp;clause=1.2.4</code> for
            one clause of the Plan of Action. Subscribe to it in Outlook, Google Calendar or Apple Calendar (“add
            calendar from URL”).
          </p>
        </div>
      ) : createdAt ? (
        <p>
          You have a feed link, made <LocalTime iso={createdAt} />. For a new link, renew it: the old one stops working.
        </p>
      ) : (
        <p>You have no feed link yet.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          pending={pending}
          pendingLabel="Making a link…"
          onClick={async () => {
            setPending(true);
            const result = await renewCalendarFeedAction();
            setPending(false);
            if (result.ok) setToken(result.data.token);
            else setError(result.message);
          }}
        >
          {createdAt || token ? "Renew feed link" : "Make a feed link"}
        </Button>
        {createdAt || token ? (
          <ActionDialog
            label="Revoke feed link"
            title="Revoke your calendar feed?"
            description="Calendars subscribed to it stop receiving updates."
            destructive
            onConfirm={async () => {
              const result = await revokeCalendarFeedAction();
              if (!result.ok) return result.message;
              setToken(null);
              return null;
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
