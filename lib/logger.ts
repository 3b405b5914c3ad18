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
