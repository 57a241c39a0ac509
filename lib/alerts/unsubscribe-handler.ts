import "server-only";

import { siteUrl } from "@/lib/config";
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
  const page = new URL(PAGE, siteUrl());
  page.searchParams.set("status", result.ok ? "done" : "invalid");
  return Response.redirect(page, 303);
}

export function handleUnsubscribeGet(request: Request): Response {
  const page = new URL(PAGE, siteUrl());
  const token = new URL(request.url).searchParams.get("token");
  if (token) page.searchParams.set("token", token);
  return Response.redirect(page, 303);
}
