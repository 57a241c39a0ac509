import { defineConfig, devices } from "@playwright/test";

import { findChromium } from "./e2e/browser";
import { E2E_AUTH_SECRET } from "./e2e/state";

const port = Number(process.env.E2E_PORT ?? 3107);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: "e2e",
  // Maps `server-only` to a stub, so fixtures can reuse server modules (see e2e/tsconfig.json).
  tsconfig: "./e2e/tsconfig.json",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "on-first-retry",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node --conditions=react-server --import tsx e2e/server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    // ENABLE_TEST_ROUTES: the live and shutdown tests record many changes through
    // /api/testing/status-events, which runs the real recordStatusEvent command as an editor.
    // TRUST_PROXY: Playwright stands in for a proxy on this machine, so tests can act as
    // different clients through X-Forwarded-For. WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: the webhook
    // tests' receivers listen on loopback. e2e/probe.spec.ts runs an instance without either.
    // SOURCE_WATCH=off: this server never asks the real official APIs; e2e/source-watch.spec.ts
    // starts pollers of its own against a fake one, which also stands in for govinfo: an editor
    // accepting a suggested text version here has this server fetch the file from it (on
    // loopback, hence SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES).
    env: {
      PORT: String(port),
      ENABLE_TEST_ROUTES: "1",
      TRUST_PROXY: "loopback",
      WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "1",
      AUTH_SECRET: E2E_AUTH_SECRET,
      SOURCE_WATCH: "off",
      GOVINFO_BASE_URL: `http://127.0.0.1:${port + 3}/govinfo`,
      SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES: "1",
    },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
