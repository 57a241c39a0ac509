import { readdirSync, readFileSync } from "node:fs";

import { expect } from "./fixtures";
import type { Instance } from "./instances";

// The process tree of an app started through npm, read from /proc (these tests run on Linux):
// which processes it consists of, and whether any of them is still running after a signal.
// A process is identified by its pid and start time, so a pid reused meanwhile does not count.

export interface ProcessInfo {
  pid: number;
  ppid: number;
  startTime: string;
  command: string;
}

function stat(pid: number): { state: string; ppid: number; startTime: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name in parentheses may itself hold spaces and parentheses.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", ppid: Number(fields[1]), startTime: fields[19] ?? "" };
  } catch {
    return null;
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return "";
  }
}

/** `rootPid` and every process descending from it, as they are now. */
export function processTree(rootPid: number): ProcessInfo[] {
  const all: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const found = stat(pid);
    if (found && found.state !== "Z") all.push({ pid, ppid: found.ppid, startTime: found.startTime, command: command(pid) });
  }
  const tree = all.filter((process) => process.pid === rootPid);
  for (let i = 0; i < tree.length; i += 1) {
    tree.push(...all.filter((process) => process.ppid === tree[i]!.pid)); // i < tree.length
  }
  return tree;
}

/** Those of `processes` still running (a zombie has ended: it only waits to be reaped). */
export function stillRunning(processes: ProcessInfo[]): ProcessInfo[] {
  return processes.filter((process) => {
    const now = stat(process.pid);
    return now !== null && now.state !== "Z" && now.startTime === process.startTime;
  });
}

/** One line per process, for failure messages and the test report. */
export function describeProcesses(processes: ProcessInfo[]): string {
  return processes.map((process) => `${process.pid} (parent ${process.ppid}) ${process.command.slice(0, 120)}`).join("\n");
}

/**
 * The processes of an app started through npm, as they are now, after checking its shape: npm's
 * one child is the launcher itself (no shell between them, which would not pass npm's signal
 * on), and below it run Next.js and the embedded PostgreSQL.
 */
export function appProcesses(app: Instance, launcher: RegExp): ProcessInfo[] {
  const npmPid = app.process.pid!; // a spawned process that has not exited has a pid
  const tree = processTree(npmPid);
  expect(tree.filter((process) => process.ppid === npmPid).map((process) => process.command)).toEqual([expect.stringMatching(launcher)]);
  expect(tree.some((process) => process.command.startsWith("next-server"))).toBe(true);
  expect(tree.some((process) => /\/postgres -D /.test(process.command))).toBe(true);
  return tree;
}

/**
 * Nothing but tsx's compiler service (it exits once the launcher's pipe to it closes) may still
 * run when npm exits, since npm waited for the app; within seconds, nothing at all.
 */
export async function expectEndedWithNpm(tree: ProcessInfo[]): Promise<void> {
  const atExit = stillRunning(tree).filter((process) => !process.command.includes("esbuild"));
  expect(describeProcesses(atExit), "still running when npm exited").toBe("");
  await expect.poll(() => describeProcesses(stillRunning(tree)), { timeout: 5_000 }).toBe("");
}

/**
 * Remembers the apps a test starts and their processes, so that whatever a failing test left
 * running is killed afterwards instead of serving on, on a shared machine.
 */
export function leftoverGuard() {
  let apps: Instance[] = [];
  let seen: ProcessInfo[] = [];
  return {
    track(app: Instance): Instance {
      apps.push(app);
      return app;
    },
    note(processes: ProcessInfo[]): ProcessInfo[] {
      seen.push(...processes);
      return processes;
    },
    kill(): void {
      for (const app of apps) if (app.process.exitCode === null && app.process.pid) seen.push(...processTree(app.process.pid));
      for (const process of stillRunning(seen)) {
        try {
          globalThis.process.kill(process.pid, "SIGKILL");
        } catch {
          // Ended meanwhile.
        }
      }
      apps = [];
      seen = [];
    },
  };
}
