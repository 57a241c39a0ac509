// One mailbox, however its address is spelt, for sign-up limits only (alerts go to the address
// as typed). Many providers deliver "jo+anything@" and, like Gmail, "j.o@" to "jo@": counting
// each spelling separately let one person's inbox be flooded three confirmation e-mails per
// spelling. Ignoring dots also merges a few distinct mailboxes at providers that keep them; for
// a limit of a few requests an hour that is the safer mistake. The migration that added the
// column computes the same in SQL (prisma/migrations/20261202110000_subscription_limits).

/** "J.O+news@Example.org" → "jo@example.org". */
export function canonicalMailbox(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at <= 0) return lower;
  const local = lower.slice(0, at).split("+")[0] ?? "";
  return `${local.replaceAll(".", "")}@${lower.slice(at + 1)}`;
}
