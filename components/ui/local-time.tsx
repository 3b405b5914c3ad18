"use client";

import { useEffect, useState } from "react";
import { formatTimestamp } from "@/lib/dates";

/** A moment in the reader's own time zone; UTC until the browser has said which zone that is. */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => formatTimestamp(new Date(iso)));
  useEffect(() => {
    setText(
      // dateStyle and timeStyle cannot be combined with timeZoneName, so the fields are spelt out.
      new Intl.DateTimeFormat(undefined, {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZoneName: "short",
      }).format(new Date(iso)),
    );
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
