// Button colours in the GOV.UK style: fixed, not themed, because white on these passes contrast
// in both colour schemes. Until the back office's shared button lands, alerts and admin forms
// take their classes from here.

export const buttonStyles = {
  primary: "bg-[#00703c] font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  warning: "bg-[#d4351c] font-bold text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]",
  secondary: "border-2 border-ink bg-panel font-bold text-ink hover:bg-rule",
} as const;
