import { ZodError } from "zod";
import { AppError, type ErrorCode } from "@/lib/errors";

/** The one map from what went wrong to an HTTP status, for every route handler. */
export const STATUS_OF: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 400,
};

// A refusal and a missing entry read alike to the caller, so that a status never tells an
// outsider that an entry exists which they may not see.
const DETAIL_OF: Record<ErrorCode, string> = {
  unauthenticated: "Sign in first.",
  forbidden: "Not found, or you may not see it.",
  not_found: "Not found, or you may not see it.",
  conflict: "Someone else changed this entry since you opened it.",
  invalid: "The request is not valid.",
};

export interface RouteFailure {
  status: number;
  detail: string;
}

/** What a route answers for an error it expects; anything else is a server error and rethrown. */
export function routeFailure(error: unknown): RouteFailure {
  if (error instanceof ZodError) return { status: 400, detail: error.issues[0]?.message ?? DETAIL_OF.invalid };
  if (error instanceof AppError) {
    return { status: STATUS_OF[error.code], detail: error.code === "invalid" ? error.message : DETAIL_OF[error.code] };
  }
  throw error;
}

/**
 * The body of a refusal: plain text for people who followed a link to a download, or an RFC 9457
 * problem document for programs (`application/problem+json`).
 */
export function failureResponse({ status, detail }: RouteFailure, format: "text" | "problem" = "text"): Response {
  const headers = { "Cache-Control": "no-store" };
  if (format === "text") {
    return new Response(detail, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return Response.json(
    { type: "about:blank", title: STATUS_TITLE[status] ?? "Error", status, detail },
    { status, headers: { ...headers, "Content-Type": "application/problem+json" } },
  );
}

const STATUS_TITLE: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
};
