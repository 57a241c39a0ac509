// Stands in for the `server-only` package under Vitest, which runs outside React's server
// environment. The real package still guards every server module in the Next.js build.
export {};
