// Control styles shared by every form, GOV.UK-like: thick borders, a red border on error, and
// the yellow focus ring from globals.css.

const controlBase = "block w-full border-2 border-ink bg-surface px-2 py-1.5 text-base text-ink aria-[invalid=true]:border-error";

export const inputClass = `${controlBase} max-w-xl`;

// Inputs as wide as what they hold. Each has one max-width: with two, the stylesheet's order
// of the utilities, not the markup, would decide which applies.
export const sizedInputClass = {
  short: `${controlBase} max-w-md`,
  number: `${controlBase} max-w-32`,
  date: `${controlBase} max-w-56`,
  dateTime: `${controlBase} max-w-72`,
} as const;

export const textareaClass = `${controlBase} max-w-3xl`;

// React applies a select's defaultValue only when it mounts, and resets forms after an action:
// give each select `key={defaultValue}` so it shows the value the server sent back.
export const selectClass =
  "block w-full max-w-md border-2 border-ink bg-surface px-2 py-1.5 text-base text-ink aria-[invalid=true]:border-error";

// The browser draws the "Choose file" button; the border and padding make it read as a control.
export const fileInputClass = `${controlBase} max-w-xl file:mr-4 file:cursor-pointer file:border-0 file:bg-secondary-button file:px-3 file:py-1 file:font-bold file:text-secondary-button-text`;

export const checkboxClass = "mt-1 size-6 shrink-0 accent-ink";

const buttonBase =
  "inline-block cursor-pointer px-4 py-2 text-base font-bold no-underline aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

export const buttonClasses = {
  primary: `${buttonBase} bg-button text-button-text shadow-[0_2px_0_var(--button-shadow)] hover:bg-button-hover visited:text-button-text`,
  secondary: `${buttonBase} bg-secondary-button text-secondary-button-text shadow-[0_2px_0_var(--secondary-button-shadow)] hover:bg-secondary-button-hover visited:text-secondary-button-text`,
  warning: `${buttonBase} bg-warning-button text-button-text shadow-[0_2px_0_var(--warning-button-shadow)] hover:bg-warning-button-hover visited:text-button-text`,
} as const;

export type ButtonVariant = keyof typeof buttonClasses;
