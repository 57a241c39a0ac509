import { existsSync } from "node:fs";

import { chromium } from "@playwright/test";

// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's, else Playwright's own
// download. Offline machines cannot download Playwright's, so Debian's is the usual answer.

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM, safeBundledPath()];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

function safeBundledPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export const NO_BROWSER_MESSAGE =
  "No Chromium found for the browser tests: install one (Debian: apt-get install chromium; online: npx playwright install chromium) or set CHROMIUM_PATH to its binary.";
