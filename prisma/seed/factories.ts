import type { Prisma, PublicationState, SourceKind } from "@/lib/db/generated/client";
import { deriveBillStage } from "@/lib/legislation/bill-stage";
import { parseDay } from "@/lib/legislation/dates";
import { modelEventSelect } from "@/lib/legislation/model-events";
import { inferPath, modelOf, pathsWithStep, termEndsAt, type LegislatureCode } from "@/lib/legislation/process";
import { billSnapshot } from "@/lib/legislation/snapshot";

// The one way to make bills outside the editing commands: the seed uses it for the launch
// content, and tests use it (through makeBill) for their own data.

type Tx = Prisma.TransactionClient;

export interface NewEvent {
  occurredOn: string;
  /** The step's path; when left out, the step's only path or the one of its chamber. */
  path?: string;
  stage: string;
  chamber?: string | null;
  billNumber?: string | null;
  attemptFailed?: boolean;
  body?: string | null;
  subject?: string | null;
  provisions?: string | null;
  description?: string;
  vote?: string | null;
  sourceUrl?: string;
  sourceKind?: SourceKind;
  archiveUrl?: string | null;
  note?: string | null;
}

export interface NewKeyDate {
  date: string;
  title: string;
  description?: string | null;
  sourceUrl: string;
}

export interface NewBill {
  slug: string;
  shortTitle: string;
  aliases?: string[];
  title?: string;
  longTitle?: string | null;
  jurisdiction: LegislatureCode;
  region?: string | null;
  numbers?: string[];
  session?: string;
  sponsors?: string[];
  committees?: string[];
  summary?: string;
  keyProvisions?: string[];
  topics?: string[];
  officialLinks?: { label: string; url: string }[];
  state?: PublicationState;
  verifiedOn?: string | null;
  editorialNote?: string | null;
  events?: NewEvent[];
  keyDates?: NewKeyDate[];
}

function day(value: string): Date {
  const parsed = parseDay(value);
  if (!parsed) throw new Error(`Not a calendar day: ${value}`);
  return parsed;
}

/** Create a bill with its history, key dates, derived stage and first revision. */
export async function createBill(tx: Tx, input: NewBill) {
  const created = await tx.bill.create({
    data: {
      slug: input.slug,
      shortTitle: input.shortTitle,
      aliases: input.aliases ?? [],
      title: input.title ?? input.shortTitle,
      longTitle: input.longTitle ?? null,
      jurisdiction: input.jurisdiction,
      region: input.region ?? null,
      numbers: input.numbers ?? [],
      session: input.session ?? modelOf(input.jurisdiction).defaultSession,
      termEndsAt: termEndsAt(input.jurisdiction, input.session ?? modelOf(input.jurisdiction).defaultSession),
      sponsors: input.sponsors ?? [],
      committees: input.committees ?? [],
      summary: input.summary ?? "",
      keyProvisions: input.keyProvisions ?? [],
      topics: input.topics ?? [],
      officialLinks: input.officialLinks ?? [],
      state: input.state ?? "published",
      verifiedOn: input.verifiedOn ? day(input.verifiedOn) : null,
      editorialNote: input.editorialNote ?? null,
    },
  });

  const model = modelOf(input.jurisdiction);
  const events = input.events ?? [];
  // Tests may leave the path out; a step on several paths (a chamber's) then goes on the first,
  // the Senate's or the first House's, unless the chamber says otherwise.
  const pathOf = (event: NewEvent) => {
    const path = event.path ?? inferPath(model, event.stage, event.chamber ?? null) ?? pathsWithStep(model, event.stage)[0]?.code;
    if (!path) throw new Error(`No path of the ${model.name} has the step "${event.stage}" (${input.slug}).`);
    return path;
  };
  // Seconds apart, so that the order of recording is the order given.
  const recordedFrom = Date.now() - events.length * 1000;
  await tx.statusEvent.createMany({
    data: events.map((event, index) => ({
      billId: created.id,
      path: pathOf(event),
      stage: event.stage,
      occurredOn: day(event.occurredOn),
      chamber: event.chamber ?? null,
      billNumber: event.billNumber ?? null,
      attemptFailed: event.attemptFailed ?? false,
      body: event.body ?? null,
      subject: event.subject ?? null,
      provisions: event.provisions ?? null,
      description: event.description ?? `Stage ${event.stage}`,
      vote: event.vote ?? null,
      sourceUrl: event.sourceUrl ?? "https://example.org/source",
      sourceKind: event.sourceKind ?? "official",
      archiveUrl: event.archiveUrl ?? null,
      note: event.note ?? null,
      createdAt: new Date(recordedFrom + index * 1000),
    })),
  });

  if (input.keyDates?.length) {
    await tx.keyDate.createMany({
      data: input.keyDates.map((keyDate) => ({
        billId: created.id,
        date: day(keyDate.date),
        title: keyDate.title,
        description: keyDate.description ?? null,
        sourceUrl: keyDate.sourceUrl,
      })),
    });
  }

  const stored = await tx.statusEvent.findMany({ where: { billId: created.id }, select: modelEventSelect });
  const bill = await tx.bill.update({ where: { id: created.id }, data: deriveBillStage(created, stored) });
  await tx.billRevision.create({
    data: { billId: bill.id, version: bill.version, snapshot: billSnapshot(bill) },
  });
  return bill;
}
