// Where to go after signing in. Only a path on this site is ever followed: anything that could
// leave it (an absolute URL, "//host", "/\host", a smuggled scheme) falls back to the back office.

const BASE = "http://callback.invalid";

export const DEFAULT_AFTER_SIGN_IN = "/admin";

export function safeCallbackPath(value: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  if (!URL.canParse(value, BASE)) return fallback;
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return fallback;
  // Coming back to the sign-in page after signing in would be a loop.
  if (url.pathname === "/login") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
