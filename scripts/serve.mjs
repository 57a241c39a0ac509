// The production server that `npm start` runs in place of `next start`: Next.js's own request
// handler behind a plain Node HTTP server, so that the page cache (lib/http/page-cache.mjs) can
// answer anonymous reads before Next.js is entered (docs/decisions/0020-in-process-page-cache.md).
// Everything else is as under `next start`: instrumentation.ts starts the live machinery and
// graceful shutdown (which finds this server through Node's diagnostics channels), proxy.ts
// runs for every request that reaches Next.js. Plain JavaScript so that the process loads no
// TypeScript loader in front of Next.js.
//
//   node scripts/serve.mjs            (PORT, PAGE_CACHE_MAX_MB from the environment)

import { createServer } from "node:http";

process.env.NODE_ENV ??= "production";
// Like `next start`; the shutdown and process tests know the server by it.
process.title = "next-server (policy-tracker)";

const { default: next } = await import("next");
const { createPageCache } = await import("../lib/http/page-cache.mjs");

// The launcher has validated both (lib/config.ts); read here because this file is not bundled.
const port = Number(process.env.PORT || 3000);
const maxMegabytes = Number(process.env.PAGE_CACHE_MAX_MB ?? 32);

const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const cache = maxMegabytes > 0 ? createPageCache({ maxBytes: maxMegabytes * 1024 * 1024 }) : null;

const server = createServer((request, response) => {
  const answered = cache ? cache.handle(request, response, () => handle(request, response)) : handle(request, response);
  Promise.resolve(answered).catch((error) => {
    console.error(JSON.stringify({ level: "error", event: "http.unhandled", message: error instanceof Error ? error.message : String(error) }));
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Something went wrong on our side. Please try again in a moment.");
  });
});
server.listen(port, () => {
  console.log(`Serving on http://localhost:${port}${cache ? ` with a ${maxMegabytes} MB page cache` : ""}`);
});
