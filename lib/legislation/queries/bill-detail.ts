import "server-only";

import { z } from "zod";

import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isRecordId } from "@/lib/ids";

import type { ProvisionData } from "../compare";
import { toDay } from "../dates";
import { isPublic, publicBillWithSlug } from "../visibility";

import type { PositionData } from "../positions";

import type { WindowData } from "../windows";

import { positionOrder, positionSelect, provisionOrder, provisionSelect, toPositionData, toWindowData, windowSelect } from "./compare";

export interface OfficialLink {
  label: string;
  url: string;
}

export interface HistoryEventData {
  id: string;
  path: string;
  stage: string;
  occurredOn: string;
  chamber: string | null;
  billNumber: string | null;
  attemptFailed: boolean;
  body: string | null;
  subject: string | null;
  provisions: string | null;
  /** The bill this event links to (a reintroduction's new bill), when that bill is public. */
  relatedBill: { slug: string; shortTitle: string } | null;
  description: string;
  vote: string | null;
  sourceUrl: string;
  sourceKind: "official" | "secondary";
  archiveUrl: string | null;
  note: string | null;
  /** The text version and part it concerns, when it cites one. */
  textVersionCode: string | null;
  textSection: string | null;
  /** When it was recorded (ISO timestamp): a correction's date. */
  recordedAt: string;
  correctsId: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
}

export interface KeyDateData {
  id: string;
  date: string;
  title: string;
  description: string | null;
  sourceUrl: string;
  /** Derived from the legislature's rules (the end of a Congress), not kept by an editor. */
  derived: boolean;
}

/** A version of the bill's text that has been imported, for the link to its reading page. */
export interface TextVersionSummary {
  code: string;
  name: string;
  versionDate: string | null;
}

export interface BillDetail {
  slug: string;
  shortTitle: string;
  /** Other names readers know it by ("chat control"). */
  aliases: string[];
  title: string;
  longTitle: string | null;
  jurisdiction: string;
  region: string | null;
  numbers: string[];
  session: string;
  sponsors: string[];
  committees: string[];
  summary: string;
  keyProvisions: string[];
  topics: string[];
  officialLinks: OfficialLink[];
  verifiedOn: string | null;
  editorialNote: string | null;
  updatedAt: string;
  /** Every event, corrected and retracted ones too, oldest first. */
  events: HistoryEventData[];
  keyDates: KeyDateData[];
  /** Structured provisions in the comparison's order. */
  provisions: ProvisionData[];
  /** Every recorded position, newest first: the history; the current ones are derived from it. */
  positions: PositionData[];
  /** Consultations, calls for evidence and comment periods, by opening day. */
  windows: WindowData[];
  /** The imported versions of its text, oldest first (undated ones last). */
  textVersions: TextVersionSummary[];
}

const officialLinksSchema = z.array(z.unknown());
const officialLinkSchema = z.object({ label: z.string().min(1), url: z.url({ protocol: /^https?$/ }) });

/** The links an editor stored, keeping only well-formed http(s) ones: the column is free JSON. */
function readOfficialLinks(value: unknown): OfficialLink[] {
  const list = officialLinksSchema.safeParse(value);
  if (!list.success) return [];
  return list.data.flatMap((entry) => {
    const link = officialLinkSchema.safeParse(entry);
    return link.success ? [link.data] : [];
  });
}

/**
 * A public bill with its whole status history, key dates, provisions, positions and windows to
 * take part, or null when there is no public bill with that slug (drafts are never public).
 * Seven queries (one per relation) however long each list, and one more when an event links to
 * another bill.
 */
export function getBillDetail(db: Database, slug: string, now: Date = new Date()): Promise<BillDetail | null> {
  return findBillDetail(db, publicBillWithSlug(slug, now), now);
}

/**
 * Any bill, draft or not, by id: for the signed-in preview only, which shows a draft exactly as
 * the public page will. Callers must have checked the reader's permission.
 */
export async function getBillDetailForPreview(db: Database, id: string): Promise<BillDetail | null> {
  return isRecordId(id) ? findBillDetail(db, { id }, new Date()) : null;
}

async function findBillDetail(db: Database, where: Prisma.BillWhereInput, now: Date): Promise<BillDetail | null> {
  const bill = await db.bill.findFirst({
    where,
    select: {
      slug: true,
      shortTitle: true,
      aliases: true,
      title: true,
      longTitle: true,
      jurisdiction: true,
      region: true,
      numbers: true,
      session: true,
      sponsors: true,
      committees: true,
      summary: true,
      keyProvisions: true,
      topics: true,
      officialLinks: true,
      verifiedOn: true,
      editorialNote: true,
      updatedAt: true,
      events: {
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          path: true,
          stage: true,
          occurredOn: true,
          chamber: true,
          billNumber: true,
          attemptFailed: true,
          body: true,
          subject: true,
          provisions: true,
          relatedBillId: true,
          description: true,
          vote: true,
          sourceUrl: true,
          sourceKind: true,
          archiveUrl: true,
          note: true,
          textVersionCode: true,
          textSection: true,
          createdAt: true,
          correctsId: true,
          retractedAt: true,
          retractionReason: true,
        },
      },
      keyDates: {
        orderBy: [{ date: "asc" }, { title: "asc" }],
        select: { id: true, date: true, title: true, description: true, sourceUrl: true },
      },
      provisions: { select: provisionSelect, orderBy: [...provisionOrder] },
      positions: { select: positionSelect, orderBy: [...positionOrder] },
      windows: { select: windowSelect, orderBy: [{ opensOn: "asc" }, { title: "asc" }] },
      textVersions: {
        select: { code: true, name: true, versionDate: true },
        orderBy: [{ versionDate: { sort: "asc", nulls: "last" } }, { importedAt: "asc" }],
      },
    },
  });
  if (!bill) return null;
  // Reintroductions are rare: their new bills are read only when there are some.
  const relatedIds = [...new Set(bill.events.flatMap((event) => (event.relatedBillId ? [event.relatedBillId] : [])))];
  const related = relatedIds.length
    ? await db.bill.findMany({ where: { id: { in: relatedIds } }, select: { id: true, slug: true, shortTitle: true, state: true, publishAt: true } })
    : [];
  const publicRelated = new Map(related.filter((other) => isPublic(other, now)).map((other) => [other.id, { slug: other.slug, shortTitle: other.shortTitle }]));
  return {
    ...bill,
    officialLinks: readOfficialLinks(bill.officialLinks),
    verifiedOn: bill.verifiedOn ? toDay(bill.verifiedOn) : null,
    updatedAt: bill.updatedAt.toISOString(),
    events: bill.events.map(({ createdAt, occurredOn, retractedAt, relatedBillId, ...event }) => ({
      ...event,
      relatedBill: (relatedBillId && publicRelated.get(relatedBillId)) || null,
      occurredOn: toDay(occurredOn),
      recordedAt: createdAt.toISOString(),
      retractedAt: retractedAt?.toISOString() ?? null,
    })),
    keyDates: bill.keyDates.map((keyDate) => ({ ...keyDate, date: toDay(keyDate.date), derived: false })),
    positions: bill.positions.map(toPositionData),
    windows: bill.windows.map(toWindowData),
    textVersions: bill.textVersions.map((version) => ({ ...version, versionDate: version.versionDate ? toDay(version.versionDate) : null })),
  };
}
