// The result every command returns (CONVENTIONS.md, "Writes"). Callers map the code to a form
// state or an HTTP status; nothing here throws for a user's mistake.

export type CommandErrorCode = "validation" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "expired";

export interface CommandError {
  code: CommandErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

export function ok<T>(value: T): CommandResult<T> {
  return { ok: true, value };
}

export function fail(code: CommandErrorCode, message: string, fieldErrors?: Record<string, string[]>): CommandResult<never> {
  return { ok: false, error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } };
}

/** A zod error as field messages, for the form next to each field. */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
