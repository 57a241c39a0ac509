import "server-only";

import type { Database } from "@/lib/db/client";
import { clientKey } from "@/lib/http/ip";
import { pseudonym } from "@/lib/keys";
import { publicBillWithSlug } from "@/lib/legislation/visibility";

import { ALL_BILLS } from "../choices";
import { canonicalMailbox } from "../mailbox";
import { topics, type EmailPayload } from "../outbox-payload";
import { fail, fieldErrorsOf, ok, type CommandResult } from "../result";
import { subscribeSchema } from "../schema";
import { hashToken, newToken } from "../tokens";
import { unsubscribeLink } from "../unsubscribe-token";

// A public write: anyone may ask for alerts. Double opt-in: nothing is sent but a confirmation
// link until the address's owner follows it. Limits keep the form from being used to flood an
// inbox or the mail server: a few requests per mailbox per hour ("jo+1@" and "j.o@" are one
// mailbox), a few more per client (an address, or an IPv6 /64), and a ceiling on confirmation
// e-mails per hour for the whole site, which the per-client limit keeps any one client from
// using up.

export const REQUESTS_PER_ADDRESS_PER_HOUR = 3;
export const REQUESTS_PER_CLIENT_PER_HOUR = 10;
export const CONFIRMATIONS_PER_HOUR = 500;
const HOUR_MS = 60 * 60 * 1000;

export async function subscribe(
  database: Database,
  input: unknown,
  now: Date = new Date(),
  /** The requesting client's address (lib/http/client-address.ts), when known. */
  client: string | null = null,
): Promise<CommandResult<{ subscriptionId: string }>> {
  const parsed = subscribeSchema.safeParse(input);
  if (!parsed.success) return fail("validation", "Check the answers marked below.", fieldErrorsOf(parsed.error));
  const { email, bill: choice, frequency } = parsed.data;
  const mailbox = canonicalMailbox(email);
  // Kept as a keyed hash: enough to count a client's requests, not to say who it was.
  const requestedFrom = client ? pseudonym(`client:${clientKey(client)}`) : null;

  return database.$transaction(async (tx) => {
    // Requests for one mailbox, and from one client, queue behind each other, so the limits hold.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`subscribe:${mailbox}`}))`;
    if (requestedFrom) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`subscribe-client:${requestedFrom}`}))`;
    let billId: string | null = null;
    if (choice !== ALL_BILLS) {
      const bill = await tx.bill.findFirst({ where: publicBillWithSlug(choice, now), select: { id: true } });
      if (!bill) return fail("validation", "Check the answers marked below.", { bill: ["Choose a bill from the list."] });
      billId = bill.id;
    }

    const hourAgo = new Date(now.getTime() - HOUR_MS);
    const recentForAddress = await tx.subscription.count({ where: { mailbox, createdAt: { gt: hourAgo } } });
    if (recentForAddress >= REQUESTS_PER_ADDRESS_PER_HOUR) {
      return fail(
        "rate_limited",
        "We have sent several confirmation emails to this address in the last hour. Check your inbox and spam folder, or try again in an hour.",
      );
    }
    if (requestedFrom) {
      const recentForClient = await tx.subscription.count({ where: { requestedFrom, createdAt: { gt: hourAgo } } });
      if (recentForClient >= REQUESTS_PER_CLIENT_PER_HOUR) {
        return fail("rate_limited", "There have been many sign-ups from your network in the last hour. Please try again in an hour.");
      }
    }
    const confirmationsThisHour = await tx.outbox.count({ where: { topic: topics.confirm, createdAt: { gt: hourAgo } } });
    if (confirmationsThisHour >= CONFIRMATIONS_PER_HOUR) {
      return fail("rate_limited", "Too many people are signing up right now. Please try again in an hour.");
    }

    const token = newToken();
    const created = await tx.subscription.create({
      data: { email, mailbox, requestedFrom, billId, frequency, confirmTokenHash: hashToken(token), unsubscribeTokenHashes: [], createdAt: now },
      select: { id: true },
    });
    // The unsubscribe token depends on the id, so its hash is stored once the id exists.
    const subscription = await tx.subscription.update({
      where: { id: created.id },
      data: { unsubscribeTokenHashes: [unsubscribeLink(created.id).hash] },
      select: { id: true },
    });
    const payload: EmailPayload = { kind: "confirm", subscriptionId: subscription.id, token };
    await tx.outbox.create({
      data: { channel: "email", topic: topics.confirm, recipient: subscription.id, payload, nextAttemptAt: now, createdAt: now },
    });
    // The audit row names the subscription, never the address.
    await tx.auditLog.create({
      data: {
        action: "subscription.requested",
        entityType: "subscription",
        entityId: subscription.id,
        after: { bill: choice, frequency },
      },
    });
    return ok({ subscriptionId: subscription.id });
  });
}
