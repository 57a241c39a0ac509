// What every command returns: a value, or an error a caller can map to form state or HTTP
// (validation → 422, conflict → 409, forbidden → 403, not_found → 404, rate_limited → 429).
// Commands throw only for bugs.

export type ErrorCode = "validation" | "conflict" | "forbidden" | "not_found" | "rate_limited";

export type FieldErrors = Record<string, string[]>;

export interface CommandError<Details = never> {
  code: ErrorCode;
  /** A sentence the user can act on. */
  message: string;
  fieldErrors?: FieldErrors;
  /** Extra data for the caller, e.g. the newer version behind a conflict. */
  details?: Details;
}

export type Result<T, Details = never> =
  | { ok: true; value: T }
  | { ok: false; error: CommandError<Details> };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failure<Details = never>(
  code: ErrorCode,
  message: string,
  extra: { fieldErrors?: FieldErrors; details?: Details } = {},
): { ok: false; error: CommandError<Details> } {
  return { ok: false, error: { code, message, ...extra } };
}

/** A validation failure with one message on one field. */
export function fieldFailure(field: string, message: string): { ok: false; error: CommandError } {
  return failure("validation", "Check the highlighted field.", { fieldErrors: { [field]: [message] } });
}
