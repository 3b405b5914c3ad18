"use client";

import { useSyncExternalStore } from "react";
import { formatTimestamp } from "@/lib/dates";

// The time zone never changes while the page is open: nothing to subscribe to.
const noSubscription = () => () => {};

function inReadersZone(iso: string): string {
  return formatTimestamp(new Date(iso), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * A moment in the reader's own time zone. The server (and hydration) render UTC, which the
 * server can know; the browser then renders its own zone without a hydration mismatch.
 */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => inReadersZone(iso),
    () => formatTimestamp(new Date(iso)),
  );
  return <time dateTime={iso}>{text}</time>;
}
