// Where organisations stand on a bill: the fixed list of stances, and which of an
// organisation's dated positions is its current one. Pure and free of Prisma, so forms, pages
// and unit tests share it.

export const positionStances = ["support", "oppose", "support_if_amended", "neutral", "monitoring"] as const;

export type PositionStance = (typeof positionStances)[number];

export const positionStanceLabels: Record<PositionStance, string> = {
  support: "Support",
  oppose: "Oppose",
  support_if_amended: "Support if amended",
  neutral: "Neutral",
  monitoring: "Monitoring",
};

export function isPositionStance(value: string): value is PositionStance {
  return (positionStances as readonly string[]).includes(value);
}

export interface PositionData {
  id: string;
  organisation: { id: string; name: string; url: string | null; isOwn: boolean };
  stance: PositionStance;
  statement: string;
  sourceUrl: string | null;
  /** The day it was stated, YYYY-MM-DD. */
  statedOn: string;
  /** When it was recorded (ISO): orders two positions stated on the same day. */
  recordedAt: string;
}

/** Newest first: by the day stated, then by when it was recorded. */
export function newestFirst(a: Pick<PositionData, "statedOn" | "recordedAt">, b: Pick<PositionData, "statedOn" | "recordedAt">): number {
  return b.statedOn.localeCompare(a.statedOn) || b.recordedAt.localeCompare(a.recordedAt);
}

/** Each organisation's latest position, the site's own first, then by name. */
export function currentPositions(positions: readonly PositionData[]): PositionData[] {
  const latest = new Map<string, PositionData>();
  for (const position of [...positions].sort(newestFirst)) {
    if (!latest.has(position.organisation.id)) latest.set(position.organisation.id, position);
  }
  return [...latest.values()].sort(
    (a, b) => Number(b.organisation.isOwn) - Number(a.organisation.isOwn) || a.organisation.name.localeCompare(b.organisation.name),
  );
}
