/** What to tell someone whose sign-in was refused, from the Auth.js error code. */
export function signInRefusal(code: string): string {
  const throttled = /^throttled-(\d+)$/.exec(code);
  if (throttled) {
    const seconds = Number(throttled[1]);
    const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
    return `Too many failed attempts to sign in. Wait ${wait}, then try again.`;
  }
  if (code === "deactivated") return "This account has been deactivated. Ask an administrator if you need access again.";
  return "The email address or password is not right. Check them and try again.";
}
