import type { Metadata } from "next";
import Link from "next/link";

import { getPublicBills } from "@/lib/legislation/public-cache";

export const metadata: Metadata = { title: "Bill not found" };

export default async function BillNotFound() {
  const bills = await getPublicBills();
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">We could not find that bill</h1>
      <p className="mt-4 max-w-2xl text-lg">
        The address may be mistyped, or the bill may not be published yet. Check the address, or start from the{" "}
        <Link href="/">status board</Link>, which lists every bill we track.
      </p>
      {bills.length ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Bills we track</h2>
          <ul className="mt-3 space-y-2">
            {bills.map((bill) => (
              <li key={bill.slug}>
                <Link href={`/bills/${bill.slug}`}>{bill.shortTitle}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
