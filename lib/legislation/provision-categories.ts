// The fixed list of what a provision does, in the order /compare lists them. Kept in code with
// its labels (the database enum has the same codes), and free of Prisma so forms can import it.

export const provisionCategories = [
  "criminal_offence",
  "platform_duty",
  "removal_deadline",
  "enforcing_body",
  "penalty",
  "private_right_of_action",
  "reporting_duty",
  "effective_date",
  "scope",
] as const;

export type ProvisionCategory = (typeof provisionCategories)[number];

export const provisionCategoryLabels: Record<ProvisionCategory, string> = {
  criminal_offence: "Criminal offence",
  platform_duty: "Platform duty",
  removal_deadline: "Removal deadline",
  enforcing_body: "Enforcing body",
  penalty: "Penalty",
  private_right_of_action: "Private right of action",
  reporting_duty: "Reporting duty",
  effective_date: "Effective date",
  scope: "Scope",
};

/** What a cell says when a bill has nothing recorded in a category: never a guess. */
export const NOT_RECORDED = "Not recorded";

export function isProvisionCategory(value: string): value is ProvisionCategory {
  return (provisionCategories as readonly string[]).includes(value);
}
