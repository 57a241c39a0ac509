"use client";

import { useEffect, useSyncExternalStore } from "react";

// Keyboard shortcuts for walking a redline's changes: n (or j) for the next, p (or k) for the
// previous. The page works without them (every change links to its neighbours); the hint is
// shown only once the script runs, so it never promises what a reader without JavaScript lacks.

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
}

function move(step: 1 | -1) {
  const changes = [...document.querySelectorAll<HTMLElement>("[data-change]")];
  if (changes.length === 0) return;
  const current = changes.findIndex((element) => element === document.activeElement || element.contains(document.activeElement));
  let next: number;
  if (current !== -1) next = current + step;
  else {
    // Nothing focused yet: start from what is on screen.
    const firstBelow = changes.findIndex((element) => element.getBoundingClientRect().top > 1);
    next = step === 1 ? (firstBelow === -1 ? changes.length : firstBelow) : (firstBelow === -1 ? changes.length : firstBelow) - 1;
  }
  const target = changes[Math.max(0, Math.min(changes.length - 1, next))]!;
  target.focus();
  history.replaceState(null, "", `#${target.id}`);
}

const noChange = () => () => {};

export function ChangeKeys() {
  const ready = useSyncExternalStore(noChange, () => true, () => false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === "n" || event.key === "j") move(1);
      else if (event.key === "p" || event.key === "k") move(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  if (!ready) return null;
  return (
    <p className="mt-2 text-sm print:hidden">
      Press <kbd className="font-mono font-bold">n</kbd> for the next change and <kbd className="font-mono font-bold">p</kbd> for the previous one.
    </p>
  );
}
