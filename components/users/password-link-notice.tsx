"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The single-use link an admin passes on; it is shown once and was also emailed. */
export function PasswordLinkNotice({ url, who }: { url: string; who: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success">
      <p>Pass this link to {who}: it works once, for 72 hours. It was also emailed to them. It is not shown again.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label="Link to choose a password"
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs text-slate-900"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </Alert>
  );
}
