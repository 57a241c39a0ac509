// The launch content as the first release seeded it (2026-11-25), in that release's stage codes:
// a fixture for the tests that upgrade a database seeded then (the process-model migration and
// the content updates). Not seed data: prisma/seed/content.ts is.

type SeedChamber = "senate" | "house" | "president" | "commons" | "lords" | null;

interface SeedLink {
  label: string;
  url: string;
}

interface SeedEvent {
  occurredOn: string;
  chamber: SeedChamber;
  stage: string;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  note: string | null;
}

interface SeedKeyDate {
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
}

interface SeedBill {
  slug: string;
  shortTitle: string;
  title: string;
  longTitle: string | null;
  jurisdiction: "us" | "uk";
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

interface SeedStatistic {
  label: string;
  value: string;
  period: string;
  sourceName: string;
  sourceUrl: null;
}

const UK_LORDS_LIBRARY = "https://lordslibrary.parliament.uk/research-briefings/lln-2025-0026/";
const UK_HOME_OFFICE_CIRCULAR =
  "https://www.gov.uk/government/publications/circular-0042026-crime-and-policing-act-2026/circular-0042026-crime-and-policing-act-2026-accessible";
const ENFORCE_BRIEFING =
  "https://thebriefing.surinis.com/analyses/5afe2b68-d860-4287-8416-1ecdbc38068a/";

export const releasedBills: readonly SeedBill[] = [
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
    verifiedOn: "2026-11-25",
    editorialNote: null,
    events: [
      {
        occurredOn: "2025-01-16",
        chamber: "senate",
        stage: "introduced",
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
        stage: "introduced",
        description:
          "Companion H.R.633 introduced by Rep. Salazar and others; referred to Energy and Commerce.",
        vote: null,
        sourceUrl: "https://www.congress.gov/bill/119th-congress/house-bill/633",
        sourceKind: "official",
        note: "Official page not opened here; date from the bill text as introduced.",
      },
      {
        occurredOn: "2025-02-13",
        chamber: "senate",
        stage: "passed_one_chamber",
        description: "Passed the Senate without amendment.",
        vote: "unanimous consent",
        sourceUrl: "https://en.wikipedia.org/wiki/TAKE_IT_DOWN_Act",
        sourceKind: "secondary",
        note: null,
      },
      {
        occurredOn: "2025-04-08",
        chamber: "house",
        stage: "reported",
        description: "Energy and Commerce Committee ordered H.R.633 reported.",
        vote: "49–1",
        sourceUrl:
          "https://broadbandbreakfast.com/take-it-down-act-passes-house-commerce-but-not-without-a-fight",
        sourceKind: "secondary",
        note: "Secondary source.",
      },
      {
        occurredOn: "2025-04-28",
        chamber: "house",
        stage: "passed_both_chambers",
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
        stage: "to_president",
        description: "Presented to the President.",
        vote: null,
        sourceUrl: "https://www.usquery.com/bill-query/bill/119/s/146",
        sourceKind: "secondary",
        note: "Secondary source.",
      },
      {
        occurredOn: "2025-05-19",
        chamber: "president",
        stage: "enacted",
        description: "Signed by President Trump; became Public Law 119-12.",
        vote: null,
        sourceUrl:
          "https://www.commerce.senate.gov/2025/5/sen-cruz-applauds-presidential-signing-of-the-take-it-down-act-into-law",
        sourceKind: "official",
        note: null,
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
    verifiedOn: "2026-11-25",
    editorialNote: null,
    events: [
      {
        occurredOn: "2025-05-21",
        chamber: "senate",
        stage: "introduced",
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
        stage: "introduced",
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
        stage: "reported",
        description: "Reported by the Judiciary Committee with a manager's amendment.",
        vote: "22–0",
        sourceUrl: "https://www.cbo.gov/publication/61842",
        sourceKind: "official",
        note: "One advocacy source gives 12 June 2025 for the committee vote; the CBO date is used.",
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
    verifiedOn: "2026-11-25",
    editorialNote:
      "The advocacy article that listed this bill described it as targeting hosting providers and payment processors; the bill's text and summaries do not support that description.",
    events: [
      {
        occurredOn: "2025-12-16",
        chamber: "senate",
        stage: "passed_one_chamber",
        description: "Passed the Senate.",
        vote: "unanimous consent",
        sourceUrl: ENFORCE_BRIEFING,
        sourceKind: "secondary",
        note: "Secondary source citing the Congressional Record; introduction date not confirmed, so not recorded.",
      },
      {
        occurredOn: "2025-12-17",
        chamber: "house",
        stage: "passed_one_chamber",
        description: "Received in the House; held at the desk.",
        vote: null,
        sourceUrl: ENFORCE_BRIEFING,
        sourceKind: "secondary",
        note: "Secondary source citing the Congressional Record.",
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
    verifiedOn: "2026-11-25",
    editorialNote: null,
    events: [
      {
        occurredOn: "2025-02-25",
        chamber: "commons",
        stage: "first_house_first_reading",
        description: "First reading: bill introduced.",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-03-10",
        chamber: "commons",
        stage: "first_house_second_reading",
        description: "Second reading.",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-03-27",
        chamber: "commons",
        stage: "first_house_committee",
        description: "Public Bill Committee begins (15 sittings, to 13 May 2025).",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-06-17",
        chamber: "commons",
        stage: "first_house_report",
        description: "Report stage (17–18 June 2025).",
        vote: null,
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: null,
      },
      {
        occurredOn: "2025-06-18",
        chamber: "commons",
        stage: "first_house_third_reading",
        description: "Third reading: passed the Commons.",
        vote: "312–95",
        sourceUrl: UK_LORDS_LIBRARY,
        sourceKind: "official",
        note: "Date inferred from report stage ending that day.",
      },
      {
        occurredOn: "2025-10-16",
        chamber: "lords",
        stage: "second_house_second_reading",
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
        stage: "second_house_committee",
        description:
          "Committee of the whole House (day 4): government amendment on CSA image-generators; committee ended 5 Feb 2026.",
        vote: null,
        sourceUrl: "https://www.theyworkforyou.com/lords/?id=2025-11-27a.1538.0",
        sourceKind: "secondary",
        note: "Secondary source (Hansard mirror).",
      },
      {
        occurredOn: "2026-04-29",
        chamber: null,
        stage: "royal_assent",
        description: "Royal Assent: Crime and Policing Act 2026.",
        vote: null,
        sourceUrl: UK_HOME_OFFICE_CIRCULAR,
        sourceKind: "official",
        note: "Lords report, third reading and ping-pong dates not confirmed, so not recorded.",
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
];

export const releasedStatistics: readonly SeedStatistic[] = [
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
    label: "Known abuse material hosted in the EU",
    value: "62 % (Netherlands 29 %, United States 14 %)",
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
