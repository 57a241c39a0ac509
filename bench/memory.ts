import { readFile } from "node:fs/promises";

// Resident memory of a process (Linux), sampled while it is under load.

export async function rssMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kilobytes / 1024);
}

/** Samples `pid`'s RSS every 250 ms until the returned function is called; it returns the peak. */
export function samplePeakRss(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    rssMegabytes(pid)
      .then((value) => (peak = Math.max(peak, value)))
      .catch(() => undefined);
  }, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
