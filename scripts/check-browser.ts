import { findChromium, NO_BROWSER_MESSAGE } from "@/e2e/browser";

// Run before Playwright so that a missing browser is one sentence, not a stack trace.
if (!findChromium()) {
  console.error(`Error: ${NO_BROWSER_MESSAGE}`);
  process.exit(1);
}
