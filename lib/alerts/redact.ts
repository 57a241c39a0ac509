// Error texts from mail servers often quote the recipient ("550 <jo@example.org> unknown"). They
// go into the delivery log and the application log, where addresses must never appear.

const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g;

export function redactAddresses(text: string): string {
  return text.replace(EMAIL, "[address]");
}

/** A short, address-free description of an error, for the delivery log. */
export function describeError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  const message = error instanceof Error ? `${error.message}${cause}` : String(error);
  return redactAddresses(message).slice(0, 500);
}
