import { randomBytes } from "node:crypto";

import type { PrismaClient } from "@/lib/db/generated/client";
import { createBill } from "@/prisma/seed/factories";

import { introducedInSenate } from "../introduced-event";

import type { RouteData } from "./routes";
import { makeAccount } from "./subjects";

// The rows the route table's addresses point at: a draft bill with one status event and a
// suggestion, a key date, a figure and a user, made straight in the app's database and removed afterwards.

export async function makeRouteData(db: PrismaClient): Promise<{ data: RouteData; remove: () => Promise<void> }> {
  const suffix = randomBytes(4).toString("hex");
  const bill = await db.$transaction((tx) =>
    createBill(tx, {
      slug: `matrix-${suffix}`,
      shortTitle: `Matrix Bill ${suffix}`,
      jurisdiction: "us",
      state: "draft",
      summary: "A bill for the authorisation matrix.",
      events: [{ ...introducedInSenate }],
    }),
  );
  const event = await db.statusEvent.findFirstOrThrow({ where: { billId: bill.id } });
  const keyDate = await db.keyDate.create({
    data: { date: new Date("2026-05-19T00:00:00Z"), title: `Matrix deadline ${suffix}`, sourceUrl: "https://example.org/matrix" },
  });
  const provision = await db.provision.create({ data: { billId: bill.id, category: "scope", text: `Matrix provision ${suffix}` } });
  const organisation = await db.organisation.create({ data: { name: `Matrix organisation ${suffix}` } });
  const position = await db.position.create({
    data: { billId: bill.id, organisationId: organisation.id, stance: "support", statement: "Matrix.", statedOn: new Date("2025-03-01T00:00:00Z") },
  });
  const window = await db.participationWindow.create({
    data: {
      billId: bill.id,
      kind: "consultation",
      title: `Matrix window ${suffix}`,
      runBy: "Matrix",
      respondUrl: "https://example.org/respond",
      opensOn: new Date("2030-01-01T00:00:00Z"),
      closesOn: new Date("2030-02-01T00:00:00Z"),
    },
  });
  const statistic = await db.statistic.create({ data: { label: `Matrix figure ${suffix}`, value: "1", period: "2025", sourceName: "Matrix" } });
  const user = await makeAccount(db, "editor");
  const suggestion = await db.suggestion.create({
    data: {
      billId: bill.id,
      itemKey: `matrix-${suffix}`,
      path: "senate",
      stage: "referred",
      chamber: "senate",
      occurredOn: new Date("2025-01-16T00:00:00Z"),
      description: "Read twice and referred to the Committee on Commerce, Science, and Transportation.",
      sourceUrl: "https://www.congress.gov/bill/119th-congress/senate-bill/146/all-actions",
    },
  });
  return {
    // A well-formed token that matches no link: every token page answers as for a used link.
    data: {
      publishedSlug: "take-it-down-act",
      draftBillId: bill.id,
      eventId: event.id,
      keyDateId: keyDate.id,
      provisionId: provision.id,
      organisationId: organisation.id,
      positionId: position.id,
      windowId: window.id,
      statisticId: statistic.id,
      userId: user.id,
      token: randomBytes(32).toString("base64url"),
      suggestionId: suggestion.id,
    },
    remove: async () => {
      await db.bill.deleteMany({ where: { id: bill.id } });
      await db.keyDate.deleteMany({ where: { id: keyDate.id } });
      await db.organisation.deleteMany({ where: { id: organisation.id } });
      await db.statistic.deleteMany({ where: { id: statistic.id } });
    },
  };
}
