import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

// Shared fixtures: an axe check that fails on any violation, in the colour scheme asked for.

export const test = base.extend<{ expectNoAxeViolations: (page: Page) => Promise<void> }>({
  expectNoAxeViolations: async ({}, use) => {
    await use(async (page) => {
      // After a client-side navigation Next.js sets the new <title> a moment after the content
      // appears; check the page once it is complete, not in between.
      await expect(page).toHaveTitle(/\S/);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      const summary = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
      expect(summary).toEqual([]);
    });
  },
});

export { expect };
