import pino from "pino";

// Structured JSON logs (pino, maintained): one line per event, easy to search by the
// reference a user quotes from an error page.
export const logger = pino({ base: { app: "asean-un-tracker" }, timestamp: pino.stdTimeFunctions.isoTime });

export interface RequestErrorContext {
  digest?: string;
  requestId?: string | null;
  path?: string;
  method?: string;
}

/** Logs a server error with the reference shown to the user; the stack stays in the log. */
export function logRequestError(
  error: unknown,
  context: RequestErrorContext,
  log: Pick<typeof logger, "error"> = logger,
): void {
  const err = error instanceof Error ? error : new Error(String(error));
  log.error(
    {
      err,
      reference: context.digest ?? null,
      requestId: context.requestId ?? null,
      path: context.path,
      method: context.method,
    },
    "request failed",
  );
}

/**
 * A warning that an outsider can trigger at will (a malformed request, say) is logged at
 * most `perMinute` times a minute per kind; the rest are counted and the count is logged
 * with the next one that passes, so a flood costs a line a second, not a line a request.
 */
export function rateLimitedWarner(
  perMinute: number,
  log: Pick<typeof logger, "warn"> = logger,
  now: () => number = Date.now,
): (kind: string, fields: Record<string, unknown>) => void {
  const windows = new Map<string, { startedAt: number; logged: number; suppressed: number }>();
  return (kind, fields) => {
    const at = now();
    let window = windows.get(kind);
    if (!window || at - window.startedAt >= 60_000) {
      window = { startedAt: at, logged: 0, suppressed: window?.suppressed ?? 0 };
      windows.set(kind, window);
    }
    if (window.logged >= perMinute) {
      window.suppressed++;
      return;
    }
    window.logged++;
    log.warn({ ...fields, kind, suppressedBefore: window.suppressed }, kind);
    window.suppressed = 0;
  };
}
