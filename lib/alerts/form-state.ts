// What the subscribe form shows after a submission that did not go through: the message, each
// field's errors and the reader's answers, so nothing has to be typed again.

export interface SubscribeFormState {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  values: { email: string; bill: string; frequency: string };
}

export function initialSubscribeState(bill: string): SubscribeFormState {
  return { message: null, fieldErrors: {}, values: { email: "", bill, frequency: "immediate" } };
}
