import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

// The launcher's refusals: each is one sentence and a non-zero exit, never a stack trace.

function runStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr, stdout }));
  });
}

function expectOneSentence(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Error: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let occupied: Server | undefined;
afterEach(() => {
  occupied?.close();
  occupied = undefined;
});

describe("npm start refuses bad set-ups clearly", () => {
  it("explains a malformed DATABASE_URL", async () => {
    const result = await runStart({ DATABASE_URL: "not a url" });
    expect(result.code).toBe(1);
    expectOneSentence(result.stderr, /DATABASE_URL must look like postgresql:\/\//);
  });

  it("explains an unreachable database server", async () => {
    const result = await runStart({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nothing", PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expectOneSentence(result.stderr, /Cannot reach PostgreSQL at 127\.0\.0\.1:1\/nothing: the connection was refused/);
  });

  it("explains a port that is already in use", async () => {
    occupied = createServer();
    const port = await new Promise<number>((resolve) =>
      occupied!.listen(0, () => resolve((occupied!.address() as { port: number }).port)),
    );
    const result = await runStart({ PORT: String(port) });
    expect(result.code).toBe(1);
    expectOneSentence(result.stderr, new RegExp(`Port ${port} is already in use`));
  });
});
