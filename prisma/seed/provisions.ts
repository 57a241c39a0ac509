// The launch content's key provisions as structured entries for /compare, converted from the
// content brief's "Key provisions" of each bill (and, where the brief says so elsewhere, its
// dated facts: the 48-hour duty agreed on 16 April 2026, the commencement regulations). Only
// what the brief says: a category it says nothing about gets no entry, and the comparison reads
// "Not recorded". A citation is given only where the brief names the section.

import type { ProvisionCategory } from "@/lib/legislation/provision-categories";

export interface SeedProvision {
  category: ProvisionCategory;
  text: string;
  citation: string | null;
}

export const seedProvisions: Readonly<Record<string, readonly SeedProvision[]>> = {
  "take-it-down-act": [
    {
      category: "criminal_offence",
      text: "Knowingly publishing non-consensual intimate visual depictions is a federal crime, whether authentic or \"digital forgeries\" made with software, machine learning or AI that a reasonable person could not tell from real; threats to publish are covered.",
      citation: "47 U.S.C. §223(h)",
    },
    {
      category: "platform_duty",
      text: "Covered platforms must remove a depiction after a valid request, make reasonable efforts to remove identical copies, and post a clear notice of the process.",
      citation: "Section 3",
    },
    {
      category: "removal_deadline",
      text: "As soon as possible, but not later than 48 hours after a valid request.",
      citation: "Section 3",
    },
    {
      category: "enforcing_body",
      text: "The Federal Trade Commission enforces the platform duties as unfair or deceptive practices.",
      citation: null,
    },
    { category: "private_right_of_action", text: "None: the Act gives no private right of action.", citation: null },
    {
      category: "effective_date",
      text: "Criminal provisions from enactment (19 May 2025); the platforms' notice-and-removal duties from 19 May 2026, one year later.",
      citation: null,
    },
  ],
  "stop-csam-act": [
    {
      category: "private_right_of_action",
      text: "A federal civil cause of action for victims against online platforms and app stores that intentionally, knowingly or recklessly promote or facilitate child sexual exploitation, or host, store or make CSAM available; Section 230 does not shield such claims.",
      citation: null,
    },
    { category: "reporting_duty", text: "Expanded mandatory reporting to the NCMEC CyberTipline.", citation: null },
    { category: "reporting_duty", text: "Annual transparency reports by large providers to the FTC and the Department of Justice.", citation: null },
    { category: "penalty", text: "Penalties for failing to report to the NCMEC CyberTipline.", citation: null },
  ],
  "enforce-act": [
    { category: "criminal_offence", text: "No statute of limitations for offences under 18 U.S.C. §1466A (obscene visual depictions of child sexual abuse, AI-generated ones included).", citation: "18 U.S.C. §1466A" },
    { category: "criminal_offence", text: "Such material may not be reproduced in criminal discovery.", citation: null },
    { category: "criminal_offence", text: "Clarifies the federal production offence's interstate-commerce basis.", citation: null },
    { category: "penalty", text: "Sex-offender registration (SORNA) applies to §1466A offences.", citation: "18 U.S.C. §1466A" },
    {
      category: "penalty",
      text: "§1466A offences carry the presumption of pre-trial detention and the long supervised-release terms that apply to other child-exploitation offences.",
      citation: "18 U.S.C. §1466A",
    },
  ],
  "uk-crime-and-policing-bill": [
    {
      category: "criminal_offence",
      text: "Making, adapting, possessing, supplying or offering to supply a \"CSA image-generator\": any program or information made or adapted to create child sexual abuse images.",
      citation: null,
    },
    { category: "criminal_offence", text: "The \"paedophile manuals\" offence extended to guides on using AI to create abuse images.", citation: null },
    { category: "criminal_offence", text: "A new offence for those who run or moderate websites for sharing abuse material.", citation: null },
    {
      category: "penalty",
      text: "Up to 5 years' imprisonment for the CSA image-generator offence; up to 3 years for the AI \"paedophile manuals\" offence. Grooming becomes a statutory aggravating factor.",
      citation: null,
    },
    {
      category: "removal_deadline",
      text: "48 hours to take down intimate image content: a duty added to the Online Safety Act 2023, agreed by the Lords on 16 April 2026.",
      citation: null,
    },
    { category: "reporting_duty", text: "A duty to report child sexual abuse.", citation: null },
    {
      category: "effective_date",
      text: "In force in part: a first wave of provisions from 29 June 2026; the remaining provisions by regulations in due course.",
      citation: "SI 2026/689",
    },
  ],
  "eu-csa-regulation": [
    {
      category: "platform_duty",
      text: "Council position (26 November 2025): providers assess and reduce the risk of their services being used for abuse; services are classed as high, medium or low risk; voluntary detection is made permanent.",
      citation: null,
    },
    {
      category: "enforcing_body",
      text: "National authorities order removal, blocking and delisting; a new EU Centre on Child Sexual Abuse.",
      citation: null,
    },
  ],
  "eu-interim-regulation-2021-1232": [
    {
      category: "scope",
      text: "Providers of messaging and e-mail services may detect, report and remove child sexual abuse material voluntarily, as a temporary derogation from the ePrivacy Directive.",
      citation: "Regulation (EU) 2021/1232",
    },
    {
      category: "effective_date",
      text: "In force from 2 August 2021; extended to 3 April 2026 by Regulation (EU) 2024/1307; expired on 3 April 2026.",
      citation: null,
    },
  ],
};
