// Values the sign-up form offers, apart from the schemas: the form is a client component, and
// importing zod into the browser costs bytes and makes zod probe for eval(), which the
// Content-Security-Policy refuses and reports.

/** The value of `bill` that means "every bill". */
export const ALL_BILLS = "all";
