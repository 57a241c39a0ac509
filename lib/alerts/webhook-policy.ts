import "server-only";

import { getConfig } from "@/lib/config";
import type { OutboundPolicy } from "@/lib/http/outbound";

/** Where webhooks may be sent: public HTTPS servers, or anywhere with WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=1. */
export function webhookPolicy(): OutboundPolicy {
  return { allowPrivateAddresses: getConfig().WEBHOOKS_ALLOW_PRIVATE_ADDRESSES };
}
