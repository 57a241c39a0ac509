import { describe, expect, it } from "vitest";

import { findPath, legislatures, modelOf, stepOptionLabel } from "./index";

// What every legislature's module must get right, so that adding one is a module and its tests.

describe.each(legislatures.map((model) => [model.code, model] as const))("the %s process model", (_code, model) => {
  it("has unique path codes, and unique step codes on each path", () => {
    const paths = model.paths.map((path) => path.code);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of model.paths) {
      const steps = path.steps.map((step) => step.code);
      expect(new Set(steps).size, path.code).toBe(steps.length);
    }
  });

  it("requires only paths it has, drawn before the paths that require them", () => {
    model.paths.forEach((path, index) => {
      for (const code of path.requires ?? []) {
        expect(findPath(model, code), `${path.code} requires ${code}`).not.toBeNull();
        expect(model.paths.findIndex((candidate) => candidate.code === code), `${path.code} requires ${code}`).toBeLessThan(index);
      }
    });
  });

  it("has a way to become law, a life after enactment, and a way to end", () => {
    expect(model.paths.some((path) => path.steps.some((step) => step.effect === "enacts"))).toBe(true);
    expect(model.paths.some((path) => path.kind === "after" && path.steps.some((step) => step.effect === "commences"))).toBe(true);
    expect(model.paths.some((path) => path.kind === "outcome" && path.steps.some((step) => step.effect === "ends"))).toBe(true);
  });

  it("names its chambers, fixes only chambers it has, and words every step", () => {
    const chambers = model.chambers.map((chamber) => chamber.code);
    for (const path of model.paths) {
      if (path.chamber) expect(chambers).toContain(path.chamber);
      for (const step of path.steps) {
        if (step.chamber) expect(chambers).toContain(step.chamber);
        const label = stepOptionLabel(model, path, step, model.region?.options[0] ?? null);
        expect(label, `${path.code}:${step.code}`).not.toMatch(/\{|\}/);
        expect(label.charAt(0)).toBe(label.charAt(0).toUpperCase());
      }
    }
  });

  it("has a time zone, a default session and a rule for unfinished bills", () => {
    expect(() => new Intl.DateTimeFormat("en", { timeZone: model.timeZone })).not.toThrow();
    expect(model.defaultSession).not.toBe("");
    expect(model.termRule.length).toBeGreaterThan(40);
  });
});

describe("modelOf", () => {
  it("keeps a bill of a legislature no module knows readable, with no paths", () => {
    expect(modelOf("ca")).toMatchObject({ code: "ca", name: "ca", paths: [] });
  });
});
