import { TableRegion, tdClass, thClass } from "@/components/admin/table-region";
import { DateTime } from "@/components/admin/time";
import type { SignInFailureRow } from "@/lib/auth/queries";

const kinds: Record<SignInFailureRow["kind"], string> = {
  account: "Account",
  "unknown-account": "Address with no account",
  address: "Client address",
  browser: "A browser that signed in to",
  "password-check": "Current password, when changing it, of",
};

/** Who or what has failed to sign in repeatedly in the last day, from the throttle's counters. */
export function SignInFailures({ rows }: { rows: SignInFailureRow[] }) {
  return (
    <section aria-labelledby="sign-in-failures-heading" className="mt-10">
      <h2 id="sign-in-failures-heading" className="text-2xl font-bold">
        Repeated failed sign-ins
      </h2>
      <p className="mt-2 max-w-3xl">
        Accounts, addresses and browsers with three or more failed attempts in the last 24 hours. A browser that has signed in to an
        account before is counted on its own, so failures from elsewhere do not lock its owner out.
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">None.</p>
      ) : (
        <TableRegion label="Table of repeated failed sign-ins">
          <table className="w-full min-w-[40rem] border-collapse">
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Failing
                </th>
                <th scope="col" className={thClass}>
                  Failures
                </th>
                <th scope="col" className={thClass}>
                  Last failure
                </th>
                <th scope="col" className={thClass}>
                  Refused until
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.kind}:${row.label}:${row.lastFailedAt.toISOString()}`}>
                  <td className={tdClass}>
                    {kinds[row.kind]} <span className="font-bold break-all">{row.label}</span>
                  </td>
                  <td className={tdClass}>{row.failures}</td>
                  <td className={tdClass}>
                    <DateTime iso={row.lastFailedAt.toISOString()} />
                  </td>
                  <td className={tdClass}>{row.blockedUntil ? <DateTime iso={row.blockedUntil.toISOString()} /> : "Not refused now"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
