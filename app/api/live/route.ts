import { clientAddress } from "@/lib/http/client-address";
import { startLive } from "@/lib/live/runtime";
import { openLiveStream } from "@/lib/live/sse";

// Server-Sent Events of changes to public bills (lib/live/sse.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const { hub, catchUp, position } = startLive();
  return openLiveStream(request, { hub, catchUp, position, client: clientAddress(request.headers) });
}
