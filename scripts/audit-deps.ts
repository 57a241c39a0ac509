import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

// `npm audit --omit=dev`, failing on any high or critical advisory that is not allow-listed
// with a reason in audit-allowlist.json. The advisory database is a separate service from the
// package registry: where only the registry is reachable (our offline CI), the audit cannot
// run, and this says so plainly instead of passing silently or failing the build for it.

interface Allowed {
  advisory: string;
  reason: string;
}

const allowlist = JSON.parse(readFileSync("audit-allowlist.json", "utf8")) as Allowed[];
const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report: {
  vulnerabilities?: Record<string, { severity: string; via: (string | { url?: string; title?: string })[] }>;
  message?: string;
  error?: { summary?: string };
};
try {
  report = JSON.parse(result.stdout || "{}");
} catch {
  report = { message: result.stderr.trim() };
}

if (!report.vulnerabilities) {
  const reason = report.error?.summary || report.message || "no report";
  console.log(`npm audit: the advisory database could not be reached (${reason}); run it where it is reachable.`);
  process.exit(process.argv.includes("--strict") ? 1 : 0);
}

const serious = Object.entries(report.vulnerabilities).filter(([, v]) => v.severity === "high" || v.severity === "critical");
const unexplained = serious.filter(([, v]) =>
  v.via.every((via) => typeof via === "string" || !allowlist.some((allowed) => via.url?.endsWith(allowed.advisory))),
);
for (const [name, v] of unexplained) console.error(`${v.severity}: ${name}`);
console.log(`npm audit: ${serious.length} high/critical, ${unexplained.length} not allow-listed.`);
process.exit(unexplained.length ? 1 : 0);
