import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { afterEach, describe, expect, it, vi } from "vitest";

import { watchParent } from "./parent-watch.mjs";

afterEach(() => {
  vi.useRealTimers();
});

describe("watchParent", () => {
  it("calls back once, soon after the parent pid changes, and not while it stays the same", () => {
    vi.useFakeTimers();
    let parent = 4321;
    const onGone = vi.fn();
    watchParent(onGone, { intervalMs: 100, parentPid: () => parent });

    vi.advanceTimersByTime(1_000);
    expect(onGone).not.toHaveBeenCalled();
    parent = 1; // reparented to init: the parent exited
    vi.advanceTimersByTime(100);
    expect(onGone).toHaveBeenCalledTimes(1);
    parent = 77;
    vi.advanceTimersByTime(1_000);
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it("stops watching when asked", () => {
    vi.useFakeTimers();
    let parent = 4321;
    const onGone = vi.fn();
    const stop = watchParent(onGone, { intervalMs: 100, parentPid: () => parent });
    stop();
    parent = 1;
    vi.advanceTimersByTime(1_000);
    expect(onGone).not.toHaveBeenCalled();
  });

  it("notices a real parent killed with SIGKILL, which can pass nothing on", async () => {
    const watcher = pathToFileURL(path.resolve("lib/parent-watch.mjs")).href;
    const orphan = `import(${JSON.stringify(watcher)}).then(({ watchParent }) => { watchParent(() => { console.log("parent gone"); process.exit(0); }, { intervalMs: 50 }); console.log("watching"); setTimeout(() => process.exit(1), 20000); })`;
    // The shell starts the watcher and waits; the watcher's output is the shell's, this pipe. It
    // gives up by itself after 20 s, so a failing run leaves no orphan behind.
    const parent = spawn("sh", ["-c", `${JSON.stringify(process.execPath)} -e '${orphan}' & wait`], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    parent.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await vi.waitFor(() => expect(output).toContain("watching"), { timeout: 10_000 });
    parent.kill("SIGKILL");
    await vi.waitFor(() => expect(output).toContain("parent gone"), { timeout: 5_000 });
  });
});
