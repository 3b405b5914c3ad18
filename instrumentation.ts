// Runs once when the server starts (lib/boot.ts): migrate (and, in demo mode, seed) before the
// first request, so that the first visitor does not wait for it and a broken database shows at once.
export async function register() {
  // Next replaces process.env.NEXT_RUNTIME per runtime at build time, so that the edge bundle
  // drops the Node-only imports below: it must stay literal, not go through lib/env.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boot } = await import("./lib/boot");
  await boot();
}

// Every server error is logged as structured JSON with the reference (digest) the error
// page shows the user, and the request id the proxy set.
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
) {
  // Next replaces process.env.NEXT_RUNTIME per runtime at build time, so that the edge bundle
  // drops the Node-only imports below: it must stay literal, not go through lib/env.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/logger");
  const requestId = request.headers["x-request-id"];
  logRequestError(error, {
    digest: (error as { digest?: string }).digest,
    requestId: typeof requestId === "string" ? requestId : null,
    path: request.path,
    method: request.method,
  });
}
