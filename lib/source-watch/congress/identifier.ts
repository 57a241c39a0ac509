// A Congress.gov bill as the source watch names it: "119/s/3021" (congress, type, number), as in
// the API's own paths (/v3/bill/119/s/3021/actions).

export const CONGRESS_BILL_TYPES = ["hr", "s", "hjres", "sjres", "hconres", "sconres", "hres", "sres"] as const;
export type CongressBillType = (typeof CONGRESS_BILL_TYPES)[number];

export interface CongressBill {
  congress: number;
  type: CongressBillType;
  number: number;
}

const PATTERN = /^(\d{1,3})\/(hr|s|hjres|sjres|hconres|sconres|hres|sres)\/(\d{1,5})$/;

export function parseCongressIdentifier(value: string): CongressBill | null {
  const match = PATTERN.exec(value.trim().toLowerCase());
  if (!match) return null;
  return { congress: Number(match[1]), type: match[2] as CongressBillType, number: Number(match[3]) };
}

const LABELS: Record<CongressBillType, string> = {
  hr: "H.R.",
  s: "S.",
  hjres: "H.J.Res.",
  sjres: "S.J.Res.",
  hconres: "H.Con.Res.",
  sconres: "S.Con.Res.",
  hres: "H.Res.",
  sres: "S.Res.",
};

const PAGE_TYPES: Record<CongressBillType, string> = {
  hr: "house-bill",
  s: "senate-bill",
  hjres: "house-joint-resolution",
  sjres: "senate-joint-resolution",
  hconres: "house-concurrent-resolution",
  sconres: "senate-concurrent-resolution",
  hres: "house-resolution",
  sres: "senate-resolution",
};

/** "S.3021", as the bill's numbers are written in this tracker. */
export function congressBillNumber(bill: CongressBill): string {
  return `${LABELS[bill.type]}${bill.number}`;
}

/** The chamber a bill of this type starts in. */
export function originChamber(bill: CongressBill): "senate" | "house" {
  return bill.type.startsWith("s") ? "senate" : "house";
}

function ordinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  return `${value}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[value % 10] ?? "th"}`;
}

/** The public page of the bill's actions on Congress.gov: the official source readers can open. */
export function congressActionsPage(bill: CongressBill): string {
  return `https://www.congress.gov/bill/${ordinal(bill.congress)}-congress/${PAGE_TYPES[bill.type]}/${bill.number}/all-actions`;
}

/** The API path of the bill's actions, under CONGRESS_API_BASE_URL. */
export function congressActionsPath(bill: CongressBill): string {
  return `/bill/${bill.congress}/${bill.type}/${bill.number}/actions`;
}
