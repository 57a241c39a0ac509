import Link from "next/link";

/** A warning for the back office's front page when deliveries have failed; nothing otherwise. */
export function DeliveryHealth({ failed, href }: { failed: number; href: string }) {
  if (failed === 0) return null;
  return (
    <div role="status" className="border-l-4 border-error bg-failed-bg p-4 text-failed-fg">
      <p className="font-bold">
        {failed} {failed === 1 ? "alert has" : "alerts have"} not been delivered.
      </p>
      <p className="mt-1">
        <Link href={href}>Review the failed deliveries</Link> and resend them once the receiver is fixed.
      </p>
    </div>
  );
}
