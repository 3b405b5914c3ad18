// Typed errors the data layer throws and actions turn into messages.
export type ErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly subject: string,
    message?: string,
  ) {
    super(message ?? `${code}:${subject}`);
    this.name = "AppError";
  }
}

/** Someone else changed the record since the user loaded it. */
export class ConflictError extends AppError {
  constructor(
    readonly changedBy: string | null,
    readonly changedAt: Date,
  ) {
    super("conflict", "version");
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but not the data (an unknown organisation, a guard). */
export class InvalidInputError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super("invalid", "input", message);
    this.name = "InvalidInputError";
  }
}
