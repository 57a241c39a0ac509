import { ownValue } from "@/lib/lookup";

// The official versions a bill's text can have. US codes and names are GPO's (its bill version
// glossary, the file-name suffix of BILLS-119s146is.xml); `billStage` is the matching value of
// the `bill-stage` attribute in the bill DTD (usgpo/bill-dtd, bill.dtd), so an imported file can
// say which version it is. GPO's reprint and star-print variants (`ihr`, `is_s`) are not listed
// yet. The UK Parliament and the EU publish no codes, only names: the codes here are ours, the
// names theirs. A UK bill's Akoma Ntoso file labels its version for Lawmaker (`FRBRversionNumber`,
// per the UK-AKN model: "introd-hc", "committee-hc", "enacted"); the Lords' first print,
// "introd-hl", is a bill brought from the Commons or one starting in the Lords, so it names none.

export interface TextVersionKind {
  code: string;
  name: string;
  legislature: "us" | "uk" | "eu";
  /** The bill DTD's `bill-stage` value for this version (US only). */
  billStage?: string;
  /** Lawmaker's version label for it (UK only). */
  lawmakerVersion?: string;
}

const us = (code: string, name: string, billStage?: string): TextVersionKind => ({ code, name, legislature: "us", ...(billStage ? { billStage } : {}) });

export const textVersionKinds: readonly TextVersionKind[] = [
  us("ih", "Introduced in House", "Introduced-in-House"),
  us("is", "Introduced in Senate", "Introduced-in-Senate"),
  us("rfh", "Referred in House", "Referred-in-House"),
  us("rfs", "Referred in Senate", "Referred-in-Senate"),
  us("rth", "Referred to Committee House", "Referred-to-Committee-House"),
  us("rts", "Referred to Committee Senate", "Referred-to-Committee-Senate"),
  us("rah", "Referred w/Amendments House", "Referred-w-Amendments-House"),
  us("ras", "Referred w/Amendments Senate", "Referred-w-Amendments-Senate"),
  us("rch", "Reference Change House", "Reference-Change-House"),
  us("rcs", "Reference Change Senate", "Reference-Change-Senate"),
  us("rih", "Referral Instructions House", "Referral-Instructions-House"),
  us("ris", "Referral Instructions Senate", "Referral-Instructions-Senate"),
  us("cdh", "Committee Discharged House", "Committee-Discharged-House"),
  us("cds", "Committee Discharged Senate", "Committee-Discharged-Senate"),
  us("rh", "Reported in House", "Reported-in-House"),
  us("rs", "Reported in Senate", "Reported-in-Senate"),
  us("pch", "Placed on Calendar House", "Placed-on-Calendar-House"),
  us("pcs", "Placed on Calendar Senate", "Placed-on-Calendar-Senate"),
  us("hdh", "Held at Desk House", "Held-at-Desk-House"),
  us("hds", "Held at Desk Senate", "Held-at-Desk-Senate"),
  us("oph", "Ordered to be Printed House", "Ordered-to-be-Printed-House"),
  us("ops", "Ordered to be Printed Senate", "Ordered-to-be-Printed-Senate"),
  us("ash", "Additional Sponsors House", "Additional-Sponsors-House"),
  us("sas", "Additional Sponsors Senate", "Additional-Sponsors-Senate"),
  us("sc", "Sponsor Change House", "Sponsor-Change"),
  us("cph", "Considered and Passed House", "Considered-and-Passed-House"),
  us("cps", "Considered and Passed Senate", "Considered-and-Passed-Senate"),
  us("ath", "Agreed to House", "Agreed-to-House"),
  us("ats", "Agreed to Senate", "Agreed-to-Senate"),
  us("fah", "Failed Amendment House", "Failed-Amendment-House"),
  us("fps", "Failed Passage Senate", "Failed-Passage-Senate"),
  us("iph", "Indefinitely Postponed in House", "Indefinitely-Postponed-House"),
  us("ips", "Indefinitely Postponed in Senate", "Indefinitely-Postponed-Senate"),
  us("lth", "Laid on Table in House", "Laid-on-Table-House"),
  us("lts", "Laid on Table in Senate", "Laid-on-Table-Senate"),
  us("eh", "Engrossed in House", "Engrossed-in-House"),
  us("es", "Engrossed in Senate", "Engrossed-in-Senate"),
  us("rdh", "Received in House", "Received-in-House"),
  us("rds", "Received in Senate", "Received-in-Senate"),
  us("eah", "Engrossed Amendment House", "Engrossed-Amendment-House"),
  us("eas", "Engrossed Amendment Senate", "Engrossed-Amendment-Senate"),
  us("reah", "Re-engrossed Amendment House", "Reengrossed-Amendment-House"),
  us("res", "Re-engrossed Amendment Senate", "Reengrossed-Amendment-Senate"),
  us("enr", "Enrolled Bill", "Enrolled-Bill"),
  us("renr", "Re-enrolled", "Re-Enrolled-Bill"),
  us("pp", "Public Print"),
  { code: "uk-introduced", name: "As introduced", legislature: "uk", lawmakerVersion: "introd-hc" },
  { code: "uk-pbc-amended", name: "As amended in Public Bill Committee", legislature: "uk", lawmakerVersion: "committee-hc" },
  { code: "uk-brought-from-commons", name: "As brought from the Commons", legislature: "uk" },
  { code: "uk-enacted", name: "The Act as enacted", legislature: "uk", lawmakerVersion: "enacted" },
  { code: "eu-proposal", name: "Commission proposal", legislature: "eu" },
  { code: "eu-ep-position", name: "European Parliament's position", legislature: "eu" },
  { code: "eu-council-general-approach", name: "Council's general approach", legislature: "eu" },
];

const byCode: Readonly<Record<string, TextVersionKind>> = Object.fromEntries(textVersionKinds.map((kind) => [kind.code, kind]));
const byBillStage: Readonly<Record<string, TextVersionKind>> = Object.fromEntries(
  textVersionKinds.flatMap((kind) => (kind.billStage ? [[kind.billStage, kind]] : [])),
);

const byLawmakerVersion: Readonly<Record<string, TextVersionKind>> = Object.fromEntries(
  textVersionKinds.flatMap((kind) => (kind.lawmakerVersion ? [[kind.lawmakerVersion, kind]] : [])),
);
const ukByName: Readonly<Record<string, TextVersionKind>> = Object.fromEntries(
  textVersionKinds.flatMap((kind) => (kind.legislature === "uk" ? [[kind.name.toLowerCase(), kind]] : [])),
);

export const textVersionCodes = textVersionKinds.map((kind) => kind.code) as [string, ...string[]];

/** The versions a bill of `jurisdiction` can have: its legislature's own, or every one for a legislature with no codes here. */
export function textVersionsOf(jurisdiction: string): readonly TextVersionKind[] {
  const own = textVersionKinds.filter((kind) => kind.legislature === jurisdiction);
  return own.length ? own : textVersionKinds;
}

/** The version a code names, or undefined for a code no legislature uses. */
export function textVersionKind(code: string): TextVersionKind | undefined {
  return ownValue(byCode, code);
}

/** The version a bill XML file's `bill-stage` attribute names ("Reported-in-Senate" is `rs`). */
export function textVersionOfBillStage(billStage: string): TextVersionKind | undefined {
  return ownValue(byBillStage, billStage);
}

/**
 * The UK version a Lawmaker file declares: its version label ("public-committee-hc": published
 * files put `public-` before a public bill's), else the stage its cover prints ("As introduced").
 */
export function textVersionOfLawmaker(versionLabel: string | null, stageName: string | null): TextVersionKind | undefined {
  return ownValue(byLawmakerVersion, versionLabel?.replace(/^public-/, "")) ?? ownValue(ukByName, stageName?.toLowerCase());
}
