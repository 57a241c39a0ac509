import type { SubscriptionSummary } from "@/lib/alerts/queries";

/** "an email each time … about the TAKE IT DOWN Act", in words. */
export function AlertScope({ subscription }: { subscription: SubscriptionSummary }) {
  return (
    <>
      {subscription.frequency === "daily" ? "a daily summary of changes" : "an email each time the status or the text changes"} for{" "}
      <strong>{subscription.bill ? subscription.bill.shortTitle : "every bill on the tracker"}</strong>
    </>
  );
}
