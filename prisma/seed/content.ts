// Launch content of the tracker, transcribed from the project's content brief. Every fact was
// checked against stored copies of its sources on 2026-11-25, again on 2026-12-01 (life after
// enactment) and on 2026-12-02 (official sources, the ENFORCE Act's introduction, the two EU
// laws). This module is the only source of seed facts: a fact that is not here is not in the
// seed. Databases seeded before get the later checks through content-updates.ts.

import type { LegislatureCode } from "@/lib/legislation/process";

export type SeedChamber = string | null;

export interface SeedLink {
  label: string;
  url: string;
}

export interface SeedEvent {
  occurredOn: string;
  chamber: SeedChamber;
  /** The path of the legislature's process model (senate, house, final, after, …). */
  path: string;
  stage: string;
  /** Which of the bill's numbers the event concerns, where the content says. */
  billNumber?: string | null;
  /** An attempt that failed, moving nothing. */
  attemptFailed?: boolean;
  /** Who acted (a committee, a regulator). */
  body?: string | null;
  /** Whom it concerns (the companies written to). */
  subject?: string | null;
  /** Which provisions (a commencement in part). */
  provisions?: string | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  note: string | null;
}

export interface SeedKeyDate {
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
}

export interface SeedBill {
  slug: string;
  shortTitle: string;
  /** Other names the content gives it (legislation.md), searched with the titles. */
  aliases?: string[];
  title: string;
  longTitle: string | null;
  jurisdiction: LegislatureCode;
  numbers: string[];
  session: string;
  sponsors: string[];
  committees: string[];
  summary: string;
  keyProvisions: string[];
  topics: string[];
  officialLinks: SeedLink[];
  verifiedOn: string;
  editorialNote: string | null;
  events: SeedEvent[];
  keyDates: SeedKeyDate[];
}

export interface SeedStatistic {
  label: string;
  value: string;
  period: string;
  sourceName: string;
  sourceUrl: null;
}

/** The day every launch bill's facts were last checked against their sources. */
export const VERIFIED_ON = "2026-12-02";


const UK_LORDS_LIBRARY = "https://lordslibrary.parliament.uk/research-briefings/lln-2025-0026/";
const UK_HOME_OFFICE_CIRCULAR =
  "https://www.gov.uk/government/publications/circular-0042026-crime-and-policing-act-2026/circular-0042026-crime-and-policing-act-2026-accessible";
const SENATE_JUDICIARY = "Senate Committee on the Judiciary";
const HOUSE_JUDICIARY = "House Committee on the Judiciary";
const HOUSE_ENERGY_AND_COMMERCE = "House Committee on Energy and Commerce";
const FTC = "Federal Trade Commission";
const TAKE_IT_DOWN_HR633 = "https://www.congress.gov/bill/119th-congress/house-bill/633";
const ENFORCE_S3021 = "https://www.congress.gov/bill/119th-congress/senate-bill/3021";
const EU_CSA_PROPOSAL = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:52022PC0209";
const EU_INTERIM_TEXT = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32021R1232";
const EU_INTERIM_COUNCIL = "https://vpnlab.io/en/eu-chat-control-council-written-procedure-2026-1075";

export const bills: readonly SeedBill[] = [
  {
    slug: "take-it-down-act",
    shortTitle: "TAKE IT DOWN Act",
    title:
      "Tools to Address Known Exploitation by Immobilizing Technological Deepfakes on Websites and Networks Act",
    longTitle:
      "An Act to require covered platforms to remove nonconsensual intimate visual depictions, and for other purposes.",
    jurisdiction: "us",
    numbers: ["S.146", "H.R.633"],
    session: "119th Congress",
    sponsors: [
      "Sen. Ted Cruz (R-TX)",
      "Sen. Amy Klobuchar (D-MN)",
      "Rep. María Elvira Salazar (R-FL) (H.R.633)",
      "Rep. Madeleine Dean (D-PA) (H.R.633)",
    ],
    committees: ["Senate Commerce, Science, and Transportation", "House Energy and Commerce"],
    summary:
      "The Act makes it a federal crime to knowingly publish non-consensual intimate images, including AI-generated \"digital forgeries\" of identifiable people, or to threaten to; and requires covered platforms to remove such images within 48 hours of a valid request.",
    keyProvisions: [
      "New offence in 47 U.S.C. §223(h): publishing non-consensual intimate visual depictions, authentic or \"digital forgeries\" made with software, machine learning or AI that a reasonable person could not tell from real; threats to publish are covered.",
      "Covered platforms must remove a depiction \"as soon as possible, but not later than 48 hours\" after a valid request, make reasonable efforts to remove identical copies, and post a clear notice of the process.",
      "The Federal Trade Commission enforces the platform duties as unfair or deceptive practices; there is no private right of action.",
      "Criminal provisions apply from enactment; platforms had one year to set up the notice-and-removal process.",
    ],
    topics: ["non-consensual intimate images", "deepfakes", "platform duties"],
    officialLinks: [
      { label: "S.146 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/senate-bill/146" },
      { label: "H.R.633 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/house-bill/633" },
    ],
    verifiedOn: VERIFIED_ON,
    editorialNote: null,
    events: [
      {
        occurredOn: "2025-01-16",
        chamber: "senate",
        path: "senate",
        stage: "referred",
        billNumber: "S.146",
        body: "Senate Committee on Commerce, Science, and Transportation",
        description:
          "Introduced (S.146) by Sen. Cruz with Sen. Klobuchar; referred to the Commerce Committee.",
        vote: null,
        sourceUrl: "https://en.wikipedia.org/wiki/TAKE_IT_DOWN_Act",
        sourceKind: "secondary",
        note: null,
      },
      {
        occurredOn: "2025-01-22",
        chamber: "house",
        path: "house",
        stage: "referred",
        billNumber: "H.R.633",
        body: HOUSE_ENERGY_AND_COMMERCE,
        description:
          "Companion H.R.633 introduced by Rep. Salazar and others; referred to Energy and Commerce.",
        vote: null,
        sourceUrl: TAKE_IT_DOWN_HR633,
        sourceKind: "official",
        note: "Official page not opened here; date from the bill text as introduced.",
      },
      {
        occurredOn: "2025-02-13",
        chamber: "senate",
        path: "senate",
        stage: "passed",
        billNumber: "S.146",
        description: "Passed the Senate without amendment.",
        vote: "unanimous consent",
        sourceUrl: "https://www.congress.gov/119/crec/2025/02/13/171/30/modified/CREC-2025-02-13-pt1-PgS988-3.htm",
        sourceKind: "official",
        note: "Congressional Record S988–S990.",
      },
      {
        occurredOn: "2025-04-08",
        chamber: "house",
        path: "house",
        stage: "reported",
        billNumber: "H.R.633",
        body: HOUSE_ENERGY_AND_COMMERCE,
        description: "Energy and Commerce Committee ordered H.R.633 reported.",
        vote: "49–1",
        sourceUrl: TAKE_IT_DOWN_HR633,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-04-28",
        chamber: "house",
        path: "house",
        stage: "calendared",
        billNumber: "H.R.633",
        body: HOUSE_ENERGY_AND_COMMERCE,
        description:
          "H.R.633 reported by the Committee on Energy and Commerce (H. Rept. 119-82); placed on the Union Calendar, No. 59.",
        vote: null,
        sourceUrl: TAKE_IT_DOWN_HR633,
        sourceKind: "official",
        note: "Concerns H.R.633; the House then passed S.146 the same day.",
      },
      {
        occurredOn: "2025-04-28",
        chamber: "house",
        path: "house",
        stage: "passed",
        billNumber: "S.146",
        description:
          "Passed the House under suspension of the rules (Roll Call 104); passed both chambers.",
        vote: "409–2 (22 not voting)",
        sourceUrl: "https://govprofiles.com/roll-call-votes/119-1-104",
        sourceKind: "secondary",
        note: "Secondary source (mirror of the House roll call).",
      },
      {
        occurredOn: "2025-05-19",
        chamber: "president",
        path: "final",
        stage: "presented",
        description: "Presented to the President.",
        vote: null,
        sourceUrl: "https://www.usquery.com/bill-query/bill/119/s/146",
        sourceKind: "secondary",
        note: "Secondary source.",
      },
      {
        occurredOn: "2025-05-19",
        chamber: "president",
        path: "final",
        stage: "signed",
        description: "Signed by President Trump; became Public Law 119-12.",
        vote: null,
        sourceUrl:
          "https://www.commerce.senate.gov/2025/5/sen-cruz-applauds-presidential-signing-of-the-take-it-down-act-into-law",
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2026-05-11",
        chamber: null,
        path: "after",
        stage: "rules",
        body: FTC,
        subject: "More than a dozen technology companies, among them Alphabet, Amazon, Apple, Meta, Microsoft, Snapchat, TikTok and X",
        description:
          "FTC Chairman Andrew N. Ferguson wrote to more than a dozen technology companies (among them Alphabet, Amazon, Apple, Meta, Microsoft, Snapchat, TikTok and X) reminding them to comply fully with the Act's platform duties by 19 May.",
        vote: null,
        sourceUrl: "https://myadultattorney.com/ftc-warns-platforms-take-it-down-act-compliance-deadline-is-may-19/",
        sourceKind: "secondary",
        note: "Secondary source; the FTC's press release is titled “FTC Chairman Ferguson Advises Companies to Comply with the Take It Down Act”; one report dates the letters 12 May.",
      },
      {
        occurredOn: "2026-05-19",
        chamber: null,
        path: "after",
        stage: "in_force",
        provisions: "Section 3: the platforms' notice-and-removal duties (the criminal provisions applied from enactment)",
        description: "Platforms' notice-and-removal duties (section 3) take effect; FTC enforcement begins.",
        vote: null,
        sourceUrl: "https://www.aipolicydesk.com/blog/take-it-down-act-enforcement-date-platforms-2026",
        sourceKind: "secondary",
        note: "Secondary source; one year after enactment, as the statute provides.",
      },
      {
        occurredOn: "2026-05-19",
        chamber: null,
        path: "after",
        stage: "enforcement_begins",
        body: FTC,
        description:
          "The FTC began enforcing the Act and opened TakeItDown.ftc.gov, where people can report platforms that do not honour removal requests.",
        vote: null,
        sourceUrl: "https://ngtimes.org/2026/05/21/ftc-take-it-down-day-three-and-google-omni-shipped-without-a-consent-page",
        sourceKind: "secondary",
        note: "Secondary source; the FTC's press release is titled “FTC Begins Enforcing the TAKE IT DOWN Act”.",
      },
      {
        occurredOn: "2026-05-20",
        chamber: null,
        path: "after",
        stage: "enforcement_action",
        body: FTC,
        subject: "About a dozen websites offering “nudify” services",
        description:
          "FTC sent warning letters to about a dozen websites offering “nudify” services about their obligations under the Act.",
        vote: null,
        sourceUrl:
          "https://www.andrewandhopkins.com/insights/client-alerts/ftc-signals-active-enforcement-of-take-it-down-act-with-warning-letters-to-online-platforms",
        sourceKind: "secondary",
        note: "Secondary source (law-firm client alert); the FTC's press release is titled “FTC Sends Warning Letters to Companies About Compliance with the TAKE IT DOWN Act”. That the websites offer “nudify” services is reported by https://thelegislativeledger.com/regulatory/ftc-ignites-enforcement-take-down-act (secondary).",
      },
    ],
    keyDates: [
      {
        date: "2026-05-19",
        title: "Platforms' notice-and-removal duties take effect",
        description: "One year after enactment; FTC enforcement begins.",
        sourceUrl:
          "https://www.xbiz.com/news/297811/fsc-take-it-down-act-provisions-take-effect-may-19",
      },
    ],
  },
  {
    slug: "stop-csam-act",
    shortTitle: "STOP CSAM Act of 2025",
    title:
      "Strengthening Transparency and Obligations to Protect Children Suffering from Abuse and Mistreatment Act of 2025",
    longTitle:
      "To combat the sexual exploitation of children by supporting victims and promoting accountability and transparency by the tech industry.",
    jurisdiction: "us",
    numbers: ["S.1829", "H.R.3921"],
    session: "119th Congress",
    sponsors: [
      "Sen. Josh Hawley (R-MO)",
      "Sen. Dick Durbin (D-IL)",
      "Sen. Grassley (cosponsor)",
      "Sen. Klobuchar (cosponsor)",
      "Sen. Kelly (cosponsor)",
      "Rep. Barry Moore (R-AL) (H.R.3921)",
      "Rep. Sylvia Garcia (D-TX) (H.R.3921)",
    ],
    committees: ["Senate Judiciary", "House Judiciary"],
    summary:
      "The bill lets victims sue platforms and app stores that knowingly or recklessly promote or facilitate child sexual exploitation or host child sexual abuse material, strengthens reporting to NCMEC's CyberTipline, and requires large providers to publish transparency reports.",
    keyProvisions: [
      "A federal civil cause of action for victims against online platforms and app stores that intentionally, knowingly or recklessly promote or facilitate child sexual exploitation, or host, store or make CSAM available; Section 230 does not shield such claims.",
      "Expanded mandatory reporting to the NCMEC CyberTipline, with penalties for failing to report.",
      "Annual transparency reports by large providers to the FTC and the Department of Justice.",
      "Protections for child victims and witnesses in federal court (guardians ad litem, restitution trustees).",
    ],
    topics: ["child sexual abuse material", "platform liability", "transparency reporting"],
    officialLinks: [
      { label: "S.1829 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/senate-bill/1829" },
      { label: "H.R.3921 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/house-bill/3921" },
      { label: "CBO cost estimate", url: "https://www.cbo.gov/publication/61842" },
    ],
    verifiedOn: VERIFIED_ON,
    editorialNote: null,
    events: [
      {
        occurredOn: "2025-05-21",
        chamber: "senate",
        path: "senate",
        stage: "referred",
        billNumber: "S.1829",
        body: SENATE_JUDICIARY,
        description:
          "Introduced (S.1829) by Sens. Hawley and Durbin; referred to the Judiciary Committee.",
        vote: null,
        sourceUrl: "https://en.wikipedia.org/wiki/STOP_CSAM_Act",
        sourceKind: "secondary",
        note: null,
      },
      {
        occurredOn: "2025-06-11",
        chamber: "house",
        path: "house",
        stage: "referred",
        billNumber: "H.R.3921",
        body: HOUSE_JUDICIARY,
        description:
          "Companion H.R.3921 introduced by Reps. Moore and Garcia; referred to the Judiciary Committee.",
        vote: null,
        sourceUrl: "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr3921ih.xml",
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-06-26",
        chamber: "senate",
        path: "senate",
        stage: "reported",
        billNumber: "S.1829",
        body: SENATE_JUDICIARY,
        description: "Reported by the Judiciary Committee with a manager's amendment.",
        vote: "22–0",
        sourceUrl: "https://www.cbo.gov/publication/61842",
        sourceKind: "official",
        note: "One advocacy source gives 12 June 2025 for the committee vote; the CBO date is used.",
      },
      {
        occurredOn: "2025-06-26",
        chamber: "senate",
        path: "senate",
        stage: "calendared",
        billNumber: "S.1829",
        description: "Placed on the Senate Legislative Calendar under General Orders, Calendar No. 106.",
        vote: null,
        sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/1829",
        sourceKind: "official",
        note: "From the bill's status record; the same day as the committee report.",
      },
      {
        occurredOn: "2025-12-10",
        chamber: "senate",
        path: "senate",
        stage: "passed",
        billNumber: "S.1829",
        attemptFailed: true,
        description:
          "Sen. Durbin asked unanimous consent to pass the bill; Sen. Wyden objected, citing encryption, so it was not passed.",
        vote: null,
        sourceUrl:
          "https://www.wyden.senate.gov/news/press-releases/wyden-objects-to-bill-that-would-threaten-encryption-calls-for-new-resources-to-crack-down-on-predators-online",
        sourceKind: "official",
        note: "A senator's own office. Sen. Durbin's statement: https://www.judiciary.senate.gov/press/dem/releases/durbin-calls-on-congress-to-pass-his-bill-combatting-online-child-sexual-abuse-material",
      },
    ],
    keyDates: [],
  },
  {
    slug: "enforce-act",
    shortTitle: "ENFORCE Act",
    title: "Enhancing Necessary Federal Offenses Regarding Child Exploitation Act",
    longTitle: null,
    jurisdiction: "us",
    numbers: ["S.3021", "H.R.4831"],
    session: "119th Congress",
    sponsors: [
      "Sen. John Cornyn (R-TX)",
      "Sen. Blumenthal",
      "Sen. Lee",
      "Sen. Kennedy",
      "Rep. Ann Wagner (R-MO) (H.R.4831)",
    ],
    committees: [],
    summary:
      "The bill closes gaps between how federal law treats AI-generated or \"obscene\" child sexual abuse imagery (18 U.S.C. §1466A) and abuse material depicting real children.",
    keyProvisions: [
      "No statute of limitations for 18 U.S.C. §1466A offences.",
      "Sex-offender registration (SORNA) applies to §1466A offences.",
      "§1466A offences carry the presumption of pre-trial detention and the long supervised-release terms that apply to other child-exploitation offences.",
      "Such material may not be reproduced in criminal discovery.",
      "Clarifies the federal production offence's interstate-commerce basis.",
    ],
    topics: ["AI-generated abuse images", "child sexual abuse material", "criminal law"],
    officialLinks: [
      { label: "S.3021 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/senate-bill/3021" },
      { label: "H.R.4831 on Congress.gov", url: "https://www.congress.gov/bill/119th-congress/house-bill/4831" },
      {
        label: "Thorn: background on the ENFORCE Act",
        url: "https://www.thorn.org/blog/the-enforce-act-critical-updates-to-federal-law-for-addressing-ai-generated-csam-offenses",
      },
    ],
    verifiedOn: VERIFIED_ON,
    editorialNote:
      "The advocacy article that listed this bill described it as targeting hosting providers and payment processors; the bill's text and summaries do not support that description.",
    events: [
      {
        occurredOn: "2025-08-01",
        chamber: "house",
        path: "house",
        stage: "referred",
        billNumber: "H.R.4831",
        body: HOUSE_JUDICIARY,
        description: "Companion H.R.4831 introduced by Rep. Ann Wagner; referred to the House Committee on the Judiciary.",
        vote: null,
        sourceUrl: "https://www.congress.gov/bill/119th-congress/house-bill/4831",
        sourceKind: "official",
        note: "Concerns H.R.4831; no later action on it.",
      },
      {
        occurredOn: "2025-10-21",
        chamber: "senate",
        path: "senate",
        stage: "referred",
        billNumber: "S.3021",
        body: SENATE_JUDICIARY,
        description:
          "Introduced (S.3021) by Sen. Cornyn with Sens. Blumenthal, Lee and Kennedy; read twice and referred to the Judiciary Committee.",
        vote: null,
        sourceUrl: "https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s3021is.xml",
        sourceKind: "official",
        note: "The bill as introduced.",
      },
      {
        occurredOn: "2025-12-16",
        chamber: "senate",
        path: "senate",
        stage: "passed",
        billNumber: "S.3021",
        description:
          "Judiciary Committee discharged by unanimous consent; passed the Senate without amendment by unanimous consent.",
        vote: "unanimous consent",
        sourceUrl: ENFORCE_S3021,
        sourceKind: "official",
        note: "Congressional Record S8754–S8755.",
      },
      {
        occurredOn: "2025-12-17",
        chamber: "house",
        path: "house",
        stage: "received",
        billNumber: "S.3021",
        description: "Received in the House; held at the desk.",
        vote: null,
        sourceUrl: ENFORCE_S3021,
        sourceKind: "official",
        note: null,
      },
    ],
    keyDates: [],
  },
  {
    slug: "uk-crime-and-policing-bill",
    shortTitle: "Crime and Policing Bill",
    title: "Crime and Policing Bill",
    longTitle: null,
    jurisdiction: "uk",
    numbers: [],
    session: "2024–26 session",
    sponsors: ["Home Secretary (Government bill, Home Office)"],
    committees: [],
    summary:
      "A broad criminal-justice bill (anti-social behaviour, offensive weapons, sexual offences, criminal exploitation, stalking, public order).\n\nFor this tracker, its child-safety provisions matter: it creates offences for AI tools made to generate child sexual abuse images and for AI \"paedophile manuals\".",
    keyProvisions: [
      "Offence to make, adapt, possess, supply or offer to supply a \"CSA image-generator\": any program or information made or adapted to create child sexual abuse images (up to 5 years' imprisonment).",
      "The \"paedophile manuals\" offence extended to guides on using AI to create abuse images (up to 3 years).",
      "A new offence for those who run or moderate websites for sharing abuse material.",
      "Border Force may require people to unlock devices to search for abuse material.",
      "A duty to report child sexual abuse, and grooming as a statutory aggravating factor.",
    ],
    topics: ["AI-generated abuse images", "child sexual abuse material", "criminal law"],
    officialLinks: [
      { label: "Bill page on bills.parliament.uk", url: "https://bills.parliament.uk/bills/3938" },
      { label: "Lords Library briefing", url: UK_LORDS_LIBRARY },
      { label: "Home Office Circular 004/2026", url: UK_HOME_OFFICE_CIRCULAR },
    ],
    verifiedOn: VERIFIED_ON,
    editorialNote: null,
    events: [
      {
        occurredOn: "2025-02-25",
        chamber: "commons",
        path: "first_house",
        stage: "first_reading",
        description: "First reading: bill introduced.",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-03-10",
        chamber: "commons",
        path: "first_house",
        stage: "second_reading",
        description: "Second reading.",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-03-27",
        chamber: "commons",
        path: "first_house",
        stage: "committee",
        description: "Public Bill Committee begins (15 sittings, to 13 May 2025).",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-06-17",
        chamber: "commons",
        path: "first_house",
        stage: "report",
        description: "Report stage (17–18 June 2025).",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-06-18",
        chamber: "commons",
        path: "first_house",
        stage: "third_reading",
        description: "Third reading: passed the Commons.",
        vote: "312–95",
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: "Date inferred from report stage ending that day.",
      },
      {
        occurredOn: "2025-10-16",
        chamber: "lords",
        path: "second_house",
        stage: "second_reading",
        description: "Second reading.",
        vote: null,
        sourceUrl:
          "https://parallelparliament.co.uk/debate/2025-10-16/lords/lords-chamber/crime-and-policing-bill",
        sourceKind: "secondary",
        note: "Secondary source (Hansard mirror); first reading date not confirmed.",
      },
      {
        occurredOn: "2025-11-27",
        chamber: "lords",
        path: "second_house",
        stage: "committee",
        description:
          "Committee of the whole House (day 4): government amendment on CSA image-generators; committee ended 5 Feb 2026.",
        vote: null,
        sourceUrl: "https://www.theyworkforyou.com/lords/?id=2025-11-27a.1538.0",
        sourceKind: "secondary",
        note: "Secondary source (Hansard mirror).",
      },
      {
        occurredOn: "2026-04-16",
        chamber: "lords",
        path: "final",
        stage: "consideration_of_amendments",
        description:
          "Consideration of Commons amendments (ping-pong): the Lords agreed to Commons amendments in lieu on taking down intimate image content (a 48-hour removal duty added to the Online Safety Act 2023).",
        vote: null,
        sourceUrl:
          "https://www.parallelparliament.co.uk/lord/baroness-levitt/debate/2026-04-16/lords/lords-chamber/crime-and-policing-bill",
        sourceKind: "secondary",
        note: "Secondary source (Hansard mirror).",
      },
      {
        occurredOn: "2026-04-29",
        chamber: null,
        path: "final",
        stage: "royal_assent",
        description: "Royal Assent: Crime and Policing Act 2026.",
        vote: null,
        sourceUrl: UK_HOME_OFFICE_CIRCULAR,
        sourceKind: "official",
        note: "Lords report, third reading and ping-pong dates not confirmed, so not recorded.",
      },
      {
        occurredOn: "2026-06-29",
        chamber: null,
        path: "after",
        stage: "in_force_in_part",
        provisions: "A first wave of provisions, intimate-image offences among them",
        description:
          "In force in part: the Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026 (SI 2026/689) bring a first wave of provisions into force, intimate-image offences among them; the remaining provisions will be commenced by regulations in due course.",
        vote: null,
        sourceUrl: UK_HOME_OFFICE_CIRCULAR,
        sourceKind: "official",
        note: "The regulations were made about four days earlier; whether the CSA image-generator offence was in this wave is not confirmed.",
      },
    ],
    keyDates: [
      {
        date: "2026-06-29",
        title: "First wave of provisions comes into force",
        description: "First commencement regulations bring a first wave of provisions into force.",
        sourceUrl: UK_HOME_OFFICE_CIRCULAR,
      },
    ],
  },
  {
    slug: "eu-csa-regulation",
    shortTitle: "CSA Regulation (proposed)",
    // "Often called 'the CSA Regulation' (by critics, 'chat control')."
    aliases: ["chat control"],
    title: "Regulation laying down rules to prevent and combat child sexual abuse",
    longTitle: null,
    jurisdiction: "eu",
    numbers: ["2022/0155(COD)", "COM(2022) 209"],
    session: "Ordinary legislative procedure",
    sponsors: ["European Commission (proposal)", "Javier Zarzalejos, rapporteur for the European Parliament"],
    committees: ["European Parliament: LIBE committee"],
    summary:
      "EU-wide duties for online services to assess and reduce the risk that they are used to share child sexual abuse material or to groom children, powers for national authorities to order removal, blocking and delisting, and a new EU Centre on Child Sexual Abuse. Often called \"the CSA Regulation\" (by critics, \"chat control\").\n\nThe Commission proposed detection orders that could require scanning, including of private messages; Parliament's position excludes end-to-end encrypted services from them; the Council's position drops mandatory detection and makes voluntary detection permanent. The key provisions below are the Council's position of 26 November 2025.",
    keyProvisions: [
      "Risk assessment and mitigation by providers.",
      "Services classed as high, medium or low risk.",
      "Removal, blocking and delisting orders by national authorities.",
      "Help for victims seeking removal of material depicting them.",
      "Voluntary detection made permanent.",
      "The EU Centre on Child Sexual Abuse.",
    ],
    topics: ["child sexual abuse material", "detection orders", "end-to-end encryption"],
    officialLinks: [
      { label: "Commission proposal COM(2022) 209 on EUR-Lex", url: EU_CSA_PROPOSAL },
      {
        label: "Procedure file 2022/0155(COD), Legislative Observatory",
        url: "https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2022/0155(COD)",
      },
    ],
    verifiedOn: VERIFIED_ON,
    editorialNote: null,
    events: [
      {
        occurredOn: "2022-05-11",
        chamber: "commission",
        path: "commission",
        stage: "proposal",
        description: "Proposal for a regulation laying down rules to prevent and combat child sexual abuse, COM(2022) 209.",
        vote: null,
        sourceUrl: EU_CSA_PROPOSAL,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2023-11-22",
        chamber: "parliament",
        path: "parliament",
        stage: "mandate",
        body: "LIBE committee",
        description:
          "Parliament confirmed the LIBE committee's mandate to negotiate (rapporteur Javier Zarzalejos), with end-to-end encryption excluded from detection orders.",
        vote: null,
        sourceUrl: "https://parltrack.org/dossier/2022/0155(COD)",
        sourceKind: "secondary",
        note: "Secondary source; the committee had adopted the report 51–2–1 earlier in November 2023.",
      },
      {
        occurredOn: "2025-11-26",
        chamber: "council",
        path: "council",
        stage: "general_approach",
        body: "Coreper (member states' representatives)",
        description: "Member states' representatives (Coreper) agreed the Council's position (general approach).",
        vote: null,
        sourceUrl:
          "https://digitalpolicyalert.org/event/35712-council-reached-agreement-on-proposal-for-a-regulation-laying-down-rules-to-prevent-and-combat-child-sexual-abuse",
        sourceKind: "secondary",
        note: "Secondary source; the Council's press release of that day is titled “Child sexual abuse: Council reaches position on law protecting children from online abuse”.",
      },
      {
        occurredOn: "2025-12-09",
        chamber: null,
        path: "trilogue",
        stage: "started",
        description: "First trilogue: negotiations between Parliament and Council begin.",
        vote: null,
        sourceUrl:
          "https://javierzarzalejos.eu/en/2025/12/09/first-interinstitutional-meeting-to-negotiate-the-regulation-on-preventing-child-sexual-abuse",
        sourceKind: "secondary",
        note: "The rapporteur's own site.",
      },
      {
        occurredOn: "2026-06-29",
        chamber: null,
        path: "trilogue",
        stage: "agreement",
        attemptFailed: true,
        description: "Fifth trilogue ended without agreement; next round reported for 29 September 2026.",
        vote: null,
        sourceUrl: "https://vpnlab.io/en/eu-chat-control-fifth-trilogue-fails-2026-1061",
        sourceKind: "secondary",
        note: "Secondary source; no later outcome found.",
      },
    ],
    keyDates: [],
  },
  {
    slug: "eu-interim-regulation-2021-1232",
    shortTitle: "EU interim regulation on voluntary detection",
    title: "Regulation (EU) 2021/1232: a temporary derogation from the ePrivacy Directive",
    longTitle: null,
    jurisdiction: "eu",
    numbers: ["Regulation (EU) 2021/1232", "Regulation (EU) 2024/1307"],
    session: "Ordinary legislative procedure",
    sponsors: [],
    committees: [],
    summary:
      "A temporary derogation from the ePrivacy Directive letting providers of messaging and e-mail services detect, report and remove child sexual abuse material voluntarily. Extended once, by Regulation (EU) 2024/1307, to 3 April 2026.\n\nIt expired on 3 April 2026 after Parliament rejected a second extension; a new stand-alone text was before Parliament and the Council in July 2026 (its outcome was not found). It is the law in force that the proposed CSA Regulation would replace, and its life shows what happens after enactment: extension, sunset and an attempt to revive it.",
    keyProvisions: [
      "Providers of messaging and e-mail services may detect, report and remove child sexual abuse material voluntarily, as a temporary derogation from the ePrivacy Directive.",
    ],
    topics: ["child sexual abuse material", "detection orders"],
    officialLinks: [{ label: "Regulation (EU) 2021/1232 on EUR-Lex", url: EU_INTERIM_TEXT }],
    verifiedOn: VERIFIED_ON,
    editorialNote: null,
    events: [
      {
        occurredOn: "2021-07-06",
        chamber: "parliament",
        path: "adoption",
        stage: "parliament_adopted",
        description: "Parliament adopted the interim regulation.",
        vote: "537–133–24",
        sourceUrl: EU_INTERIM_TEXT,
        sourceKind: "official",
        note: "The vote is as reported by secondary sources; the official text does not carry it.",
      },
      {
        occurredOn: "2021-07-14",
        chamber: null,
        path: "adoption",
        stage: "signed",
        description: "Signed: Regulation (EU) 2021/1232 (published in the Official Journal L 274, 30 July 2021).",
        vote: null,
        sourceUrl: EU_INTERIM_TEXT,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2021-08-02",
        chamber: null,
        path: "after",
        stage: "in_force",
        description: "Entered into force; to apply until 3 August 2024.",
        vote: null,
        sourceUrl: EU_INTERIM_TEXT,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2024-04-10",
        chamber: "parliament",
        path: "after",
        stage: "extended",
        description:
          "Parliament adopted the extension to 3 April 2026 (the Council adopted it on 29 April 2024 as Regulation (EU) 2024/1307).",
        vote: "469–112–37",
        sourceUrl: "https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1785303",
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-12-19",
        chamber: "commission",
        path: "after",
        stage: "change_proposed",
        description: "Proposal to extend the interim rules again, to 3 April 2028 (COM(2025) 797).",
        vote: null,
        sourceUrl: "https://marcoallegretti.me/blog/chat-control-european-parliament-says-no-for-now",
        sourceKind: "secondary",
        note: "Secondary source (cites the EDPS on the proposal).",
      },
      {
        occurredOn: "2026-03-11",
        chamber: "parliament",
        path: "after",
        stage: "change_considered",
        description:
          "Parliament adopted amendments limiting scanning to users suspected by a judicial authority, and sent the file back for negotiation.",
        vote: "458–103–63",
        sourceUrl: "https://oeil.europarl.europa.eu/oeil/en/document-summary?id=1891790",
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2026-03-26",
        chamber: "parliament",
        path: "after",
        stage: "extended",
        attemptFailed: true,
        description: "Parliament rejected the extension.",
        vote: "228–311–92",
        sourceUrl: EU_INTERIM_COUNCIL,
        sourceKind: "secondary",
        note: "Secondary source; reports differ on the date (25 or 26 March) and one gives other figures.",
      },
      {
        occurredOn: "2026-04-03",
        chamber: null,
        path: "after",
        stage: "expired",
        description: "Expired: the interim rules ceased to apply.",
        vote: null,
        sourceUrl: EU_INTERIM_COUNCIL,
        sourceKind: "secondary",
        note: "Secondary source; the date follows from Regulation (EU) 2024/1307.",
      },
      {
        occurredOn: "2026-07-02",
        chamber: "council",
        path: "after",
        stage: "change_considered",
        description:
          "The Council adopted, by written procedure, its position on a new stand-alone regulation restoring the interim rules to 3 April 2028.",
        vote: null,
        sourceUrl: EU_INTERIM_COUNCIL,
        sourceKind: "secondary",
        note: "Secondary source; outcome in Parliament not confirmed, so nothing later is seeded.",
      },
    ],
    keyDates: [],
  },
];

export const statistics: readonly SeedStatistic[] = [
  {
    label: "AI-generated child sexual abuse videos found",
    value: "13 → 3,443 (+26,385 %)",
    period: "2024 → 2025",
    sourceName: "Internet Watch Foundation, Annual Report 2025",
    sourceUrl: null,
  },
  {
    label: "AI-generated abuse items found (images and videos)",
    value: "15,036",
    period: "two years to 2025",
    sourceName: "Internet Watch Foundation, 2025",
    sourceUrl: null,
  },
  {
    label: "AI abuse videos in Category A (most severe)",
    value: "65 % (43 % for non-AI material)",
    period: "2025",
    sourceName: "Internet Watch Foundation, 2025",
    sourceUrl: null,
  },
  {
    label: "Victims depicted as girls in AI abuse material",
    value: "97 %",
    period: "2025",
    sourceName: "Internet Watch Foundation, 2025",
    sourceUrl: null,
  },
  {
    label: "Reports of AI-generated abuse material to NCMEC",
    value: "4,700 (2023) · 67,000 (2024) · 485,000 (first half of 2025)",
    period: "2023 – H1 2025",
    sourceName: "NCMEC, 2025",
    sourceUrl: null,
  },
  {
    label: "Share of H1 2025 NCMEC AI reports from one provider (Amazon AI services)",
    value: "380,000 of 485,000 (78 %)",
    period: "H1 2025",
    sourceName: "NCMEC, 2025",
    sourceUrl: null,
  },
  {
    label: "Share of known abuse material hosted in EU countries",
    value: "62 %",
    period: "2025",
    sourceName: "Internet Watch Foundation, 2025",
    sourceUrl: null,
  },
  {
    label: "Known abuse material hosted, by country",
    value: "Netherlands 29 % · United States 14 % · Poland 3 %",
    period: "2025",
    sourceName: "Internet Watch Foundation, 2025",
    sourceUrl: null,
  },
  {
    label: "AI abuse images posted on a single forum in one month",
    value: "20,254 (90 % realistic enough to prosecute)",
    period: "one month",
    sourceName: "Stanford Internet Observatory",
    sourceUrl: null,
  },
];
