import { commonPasswords } from "./common-passwords";

// The password rules, shared by forms and commands: long enough, not the email address, not a
// well-known password. No composition rules (NIST SP 800-63B).

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Why this password is refused, as a sentence for the form, or null when it is acceptable. */
export function passwordProblem(password: string, email: string | null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a long password that is easy to remember.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lowered = password.trim().toLowerCase();
  if (email) {
    const address = email.trim().toLowerCase();
    const localPart = address.split("@")[0] ?? "";
    if (lowered === address || (localPart.length >= 4 && lowered === localPart)) {
      return "Do not use your email address as your password.";
    }
  }
  if (commonPasswords.has(lowered) || /^(.)\1+$/.test(lowered)) {
    return "This password is too common and easy to guess. Choose another.";
  }
  return null;
}
