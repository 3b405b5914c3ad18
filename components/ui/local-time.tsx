"use client";

import { useEffect, useState } from "react";
import { formatTimestamp } from "@/lib/dates";

/** A moment in the reader's own time zone; UTC until the browser has said which zone that is. */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => formatTimestamp(new Date(iso)));
  useEffect(() => {
    setText(
      new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZoneName: "short" }).format(
        new Date(iso),
      ),
    );
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
