// Typed errors the data layer throws and actions turn into messages. A missing row and a
// row the user may not see are both "not_found", so neither reveals that the other exists.
export type ErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly subject: string,
  ) {
    super(`${code}:${subject}`);
    this.name = "AppError";
  }
}
