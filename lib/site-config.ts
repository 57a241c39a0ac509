// Site-wide constants: the service's name, its navigation and the help lines every public page
// shows. Typed data in one place, so a new page is one entry here.

export const site = {
  name: "Policy Tracker",
  tagline: "Where child-safety and AI abuse-image laws stand, with a date and a source for every step.",
} as const;

export interface NavItem {
  href: string;
  label: string;
}

export const publicNav: readonly NavItem[] = [
  { href: "/", label: "Status board" },
  { href: "/timeline", label: "Timeline" },
  { href: "/compare", label: "Compare bills" },
  { href: "/facts", label: "Facts and figures" },
  { href: "/corrections", label: "Corrections" },
  { href: "/subscribe", label: "Email alerts" },
  { href: "/api", label: "Open data" },
];

export interface HelpLine {
  region: string;
  lead: string;
  organisation: string;
  phone: string | null;
  url: string;
}

// From the launch content brief: shown in the footer of every public page.
export const helpLines: readonly HelpLine[] = [
  {
    region: "US",
    lead: "To report child sexual exploitation in the US",
    organisation: "NCMEC CyberTipline",
    phone: "1-800-843-5678 (1-800-THE-LOST)",
    url: "https://report.cybertip.org",
  },
  {
    region: "UK",
    lead: "In the UK",
    organisation: "the Internet Watch Foundation",
    phone: null,
    url: "https://report.iwf.org.uk",
  },
];
