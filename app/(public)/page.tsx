import { BoardBill } from "@/components/board-bill";
import { LiveUpdates } from "@/components/live-updates";
import { getBoardBills } from "@/lib/legislation/public-cache";
import { site } from "@/lib/site-config";

// Rendered per request from cached data (docs/decisions/0002-rendering-and-caching.md).
export const dynamic = "force-dynamic";

export default async function StatusBoardPage() {
  const bills = await getBoardBills();
  return (
    <>
      <h1 className="text-4xl font-bold leading-tight">Where each bill stands</h1>
      <p className="mt-4 max-w-2xl text-lg">{site.tagline}</p>
      <LiveUpdates />
      <section aria-label="Bills" className="mt-8">
        {bills.length === 0 ? (
          <p>No bills have been published yet.</p>
        ) : (
          bills.map((bill) => <BoardBill key={bill.slug} bill={bill} />)
        )}
      </section>
    </>
  );
}
