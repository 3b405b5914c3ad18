"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Recovery codes, shown once: to copy or download before leaving the page. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join("\n");
  return (
    <Alert tone="warning">
      <p className="font-medium">Save these recovery codes now: they are not shown again.</p>
      <p className="mt-1">Each signs you in once if you lose your phone. Keep them somewhere safe, apart from it.</p>
      <ol
        aria-label="Recovery codes"
        className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm sm:grid-cols-5"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="mt-3 flex gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <a
          download="asean-un-tracker-recovery-codes.txt"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text + "\n")}`}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
        >
          Download
        </a>
      </div>
    </Alert>
  );
}
