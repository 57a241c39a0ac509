// Notices that the process which started this one has exited, even when it was killed with
// SIGKILL and so could pass nothing on. Unix gives an orphan a new parent (init, or a
// subreaper), so a changed parent pid is the sign. Node offers no parent-death signal
// (prctl PR_SET_PDEATHSIG), hence the polling; reading the parent pid is a cheap system call.
// Plain JavaScript, no `import "server-only"`: Next.js's own processes preload it with
// `node --import` (scripts/stop-with-parent.mjs), where there is neither tsx nor that condition.

export const PARENT_POLL_MS = 500;

/**
 * Calls `onGone` once, within `intervalMs` of the parent's exit. The timer never keeps the
 * process alive by itself. Returns a function that stops watching.
 *
 * @param {() => void} onGone
 * @param {{ intervalMs?: number, parentPid?: () => number }} [options]
 * @returns {() => void}
 */
export function watchParent(onGone, options = {}) {
  const parentPid = options.parentPid ?? (() => process.ppid);
  const original = parentPid();
  const timer = setInterval(() => {
    if (parentPid() === original) return;
    clearInterval(timer);
    onGone();
  }, options.intervalMs ?? PARENT_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
