import type { PathDefinition, StepDefinition } from "./types";

// A House's path in a Westminster parliament (UK, Australia): readings, committee and report,
// third reading. Which House goes first depends on the bill, so the paths are the first and the
// second House, and each event's chamber says which House that was.

export function housePath(
  code: "first_house" | "second_house",
  label: string,
  options: { committee: { label: string; title: string }; report: boolean; start?: string; requires?: readonly string[] },
): PathDefinition {
  const steps: StepDefinition[] = [
    {
      code: "first_reading",
      label: "First reading",
      title: "First reading in the {chamber}",
      rank: 1,
      phrase: "introduced in the {chamber}",
      next: "Second reading in the {chamber}",
    },
    {
      code: "second_reading",
      label: "Second reading",
      title: "Second reading in the {chamber}",
      rank: 2,
      phrase: "through second reading in the {chamber}",
      next: `${options.committee.label} in the {chamber}`,
      attempt: "Second reading in the {chamber} refused",
    },
    {
      code: "committee",
      label: options.committee.label,
      title: `${options.committee.title} in the {chamber}`,
      rank: 3,
      phrase: `at ${options.committee.label.toLowerCase()} in the {chamber}`,
      next: options.report ? "Report stage in the {chamber}" : "Third reading in the {chamber}",
    },
    ...(options.report
      ? [
          {
            code: "report",
            label: "Report stage",
            title: "Report stage in the {chamber}",
            rank: 4,
            phrase: "at report stage in the {chamber}",
            next: "Third reading in the {chamber}",
          },
        ]
      : []),
    {
      code: "third_reading",
      label: "Third reading",
      title: "Third reading: passed the {chamber}",
      rank: 5,
      phrase: "passed the {chamber}",
      attempt: "Third reading in the {chamber} refused",
    },
  ];
  return {
    code,
    label,
    kind: "chamber",
    steps,
    ...(options.start ? { start: options.start } : {}),
    ...(options.requires ? { requires: options.requires } : {}),
  };
}
