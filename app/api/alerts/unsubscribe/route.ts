import { handleUnsubscribeGet, handleUnsubscribePost } from "@/lib/alerts/unsubscribe-handler";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleUnsubscribePost(request);
}

export function GET(request: Request) {
  return handleUnsubscribeGet(request);
}
