import "server-only";

import { db } from "@/lib/db/client";

import { unsubscribe } from "./commands/unsubscribe";

// The address in every message's List-Unsubscribe header. Mail programs that offer an
// "Unsubscribe" button POST `List-Unsubscribe=One-Click` to it (RFC 8058), with no cookie and no
// CSRF token: the token in the address is the only credential, and it can do nothing but
// unsubscribe. A GET (a link checker, a prefetch) never unsubscribes: it shows the page with the
// button instead. The page's own form posts here too and is sent back to the page.

const PAGE = "/subscribe/unsubscribe";

async function oneClickRequested(request: Request): Promise<boolean> {
  try {
    return (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
}

export async function handleUnsubscribePost(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const oneClick = await oneClickRequested(request);
  const result = await unsubscribe(db, { token });
  if (oneClick) {
    return new Response(result.ok ? "You have been unsubscribed.\n" : `${result.error.message}\n`, {
      status: result.ok ? 200 : 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return seeOther(`${PAGE}?status=${result.ok ? "done" : "invalid"}`);
}

/**
 * A redirect to a path on whichever host the browser used: a form posted from this site may
 * only be redirected within it (the Content-Security-Policy's form-action 'self'), and SITE_URL
 * need not be the exact host the reader typed.
 */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export function handleUnsubscribeGet(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token");
  return seeOther(token ? `${PAGE}?token=${encodeURIComponent(token)}` : PAGE);
}
