import "server-only";

import { z } from "zod";

import { parseTrustProxy } from "@/lib/http/trust-proxy";
import { site } from "@/lib/site-config";

// The one place that reads process.env. Parsed on first use, not at import, so a build or a
// test can set the environment before anything asks for it.

const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const flag = optional.transform((value) => value === "1" || value === "true");

function positiveNumber(name: string, fallback: number) {
  return optional
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .pipe(z.number({ error: `${name} must be a positive number` }).positive({ error: `${name} must be a positive number` }));
}

const configSchema = z.object({
  DATABASE_URL: optional.pipe(
    z
      .string()
      .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
        message: "DATABASE_URL must look like postgresql://user:password@host:5432/database",
      })
      .optional(),
  ),
  PGDATA_DIR: optional.pipe(z.string().default(".data/postgres")),
  PORT: optional
    .transform((value) => (value === undefined ? 3000 : Number(value)))
    .pipe(z.number({ error: "PORT must be a whole number from 1 to 65535" }).int().min(1).max(65535)),
  SITE_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  ADMIN_EMAIL: optional.pipe(z.email().optional()),
  ADMIN_PASSWORD: optional,
  AUTH_SECRET: optional.pipe(
    z.string().min(32, { error: "AUTH_SECRET must be at least 32 characters: generate one with `openssl rand -base64 32`" }).optional(),
  ),
  LOG_LEVEL: optional.pipe(z.enum(["debug", "info", "warn", "error"]).default("info")),
  LIVE_MAX_STREAMS: optional
    .transform((value) => (value === undefined ? 1000 : Number(value)))
    .pipe(z.number({ error: "LIVE_MAX_STREAMS must be a whole number of at least 1" }).int().min(1)),
  // One client (an address, or an IPv6 /64) may hold this many of them: so no client can fill
  // the instance for everyone else.
  LIVE_MAX_STREAMS_PER_CLIENT: optional
    .transform((value) => (value === undefined ? 20 : Number(value)))
    .pipe(z.number({ error: "LIVE_MAX_STREAMS_PER_CLIENT must be a whole number of at least 1" }).int().min(1)),
  // Memory the page cache of each instance may hold (scripts/serve.mjs); 0 turns it off.
  PAGE_CACHE_MAX_MB: optional
    .transform((value) => (value === undefined ? 32 : Number(value)))
    .pipe(z.number({ error: "PAGE_CACHE_MAX_MB must be a whole number of megabytes, 0 to turn the page cache off" }).int().min(0)),
  // Which forwarded headers to believe (lib/http/trust-proxy.ts); unset, none.
  TRUST_PROXY: optional.transform((value, context) => {
    const parsed = parseTrustProxy(value);
    if (typeof parsed === "string") {
      context.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  }),
  // Webhooks (and only they) may then go to loopback, private and link-local addresses, over
  // plain HTTP and to any port: for tests and intranets.
  WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: flag,
  // A session ends this long after signing in, however active (ASVS 3.3.1/3.3.2)...
  SESSION_MAX_AGE_H: positiveNumber("SESSION_MAX_AGE_H", 12),
  // ...and after this long without a request to the back office.
  SESSION_IDLE_MIN: positiveNumber("SESSION_IDLE_MIN", 30),
  // Set by the launcher (scripts/start.ts): the app, not Next.js, then handles SIGTERM/SIGINT,
  // so it can close its database connections after the last request (lib/live/shutdown.ts).
  NEXT_MANUAL_SIG_HANDLE: optional.transform((value) => value !== undefined && value !== "false" && value !== "0"),
  // Turns on /api/testing/* (writes through the real commands, as a named editor, for browser
  // tests and the benchmark, without driving the admin forms). Never set it
  // in production.
  ENABLE_TEST_ROUTES: flag,
  SMTP_URL: optional.pipe(
    z
      .string()
      .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
        message: "SMTP_URL must look like smtp://user:password@mail.example.org:587 (or smtps:// for port 465)",
      })
      .optional(),
  ),
  MAIL_FROM: optional,
  // The source watch (lib/source-watch; decision 0019). Without a Congress.gov key its
  // watches are off and the back office says so; the base URLs let tests and mirrors stand in
  // for the official APIs.
  CONGRESS_API_KEY: optional,
  CONGRESS_API_BASE_URL: optional.pipe(z.url({ protocol: /^https?$/ }).default("https://api.congress.gov/v3")),
  UK_BILLS_API_BASE_URL: optional.pipe(z.url({ protocol: /^https?$/ }).default("https://bills-api.parliament.uk/api/v1")),
  LEGISLATION_GOV_UK_BASE_URL: optional.pipe(z.url({ protocol: /^https?$/ }).default("https://www.legislation.gov.uk")),
  // Bill text files: Congress.gov's own file links sit behind a bot check, govinfo's do not.
  GOVINFO_BASE_URL: optional.pipe(z.url({ protocol: /^https?$/ }).default("https://www.govinfo.gov")),
  // How often each watched source is polled, across all instances together.
  SOURCE_WATCH_INTERVAL_S: positiveNumber("SOURCE_WATCH_INTERVAL_S", 900),
  SOURCE_WATCH: optional.transform((value) => (value === "off" || value === "0" || value === "false" ? "off" : "on")),
  // The poller (and only it) may then reach loopback and private addresses over plain HTTP:
  // for tests, which replay official answers from a fake server on this machine.
  SOURCE_WATCH_ALLOW_PRIVATE_ADDRESSES: flag,
  // Set by npm for the script it runs (`start`, `dev`): the launcher then stops when npm is gone
  // (scripts/start.ts). Not a setting for operators.
  npm_lifecycle_event: optional,
  // Set by Next.js itself (`next dev` → development); not a setting for operators.
  NODE_ENV: z.enum(["development", "production", "test"]).catch("production"),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

let cached: Config | undefined;

/** The validated configuration; throws a ConfigError naming each bad variable. */
export function getConfig(): Config {
  if (cached) return cached;
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration. ${problems.join("; ")}.`);
  }
  cached = parsed.data;
  return cached;
}

/** Forget the parsed configuration, after the launcher has set DATABASE_URL itself. */
export function resetConfig(): void {
  cached = undefined;
}

/** The sender of alert e-mails: MAIL_FROM, else an address at the site's host. */
export function mailFrom(): string {
  const config = getConfig();
  return config.MAIL_FROM ?? `${site.name} <alerts@${new URL(siteUrl()).hostname}>`;
}

/** The public origin of the site, used for canonical links, feeds and e-mails. */
export function siteUrl(): string {
  const config = getConfig();
  return (config.SITE_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}
