import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// What exists in app/, read from disk, so that the tables cannot quietly fall behind it.

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const appFiles = () => walk("app").map((file) => file.split(path.sep).join("/"));

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every page as "file GET", and every HTTP method a route.ts exports as "file METHOD". */
export function routesOnDisk(): string[] {
  const entries: string[] = [];
  for (const file of appFiles()) {
    if (file.endsWith("/page.tsx")) entries.push(`${file} GET`);
    if (!file.endsWith("/route.ts")) continue;
    const source = readFileSync(file, "utf8");
    const exported = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) exported.add(match[1] ?? "");
    for (const match of source.matchAll(/export\s+const\s+(\w+)\s*=/g)) exported.add(match[1] ?? "");
    for (const match of source.matchAll(/export\s+(?:const|let)\s*\{([^}]*)\}/g)) {
      for (const name of (match[1] ?? "").split(",")) exported.add(name.split(":").pop()?.trim() ?? "");
    }
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const name of (match[1] ?? "").split(",")) exported.add(name.split(/\s+as\s+/).pop()?.trim() ?? "");
    }
    for (const method of HTTP_METHODS) if (exported.has(method)) entries.push(`${file} ${method}`);
  }
  return entries.sort();
}

/** Every exported function of every "use server" file, as "file#name". */
export function actionsOnDisk(): string[] {
  const entries: string[] = [];
  for (const file of appFiles()) {
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const source = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(source)) continue;
    for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) entries.push(`${file}#${match[1]}`);
    for (const match of source.matchAll(/export\s+const\s+(\w+)\s*=/g)) entries.push(`${file}#${match[1]}`);
  }
  return entries.sort();
}
