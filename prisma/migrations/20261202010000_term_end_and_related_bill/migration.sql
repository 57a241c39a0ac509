-- When a bill's term ends (a Congress, at noon on 3 January), so that lists and filters can
-- read a bill of an ended Congress as died without an event; and the bill an event links to
-- (a reintroduction in a later Congress).

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN     "termEndsAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "relatedBillId" TEXT;

-- The same rule as congressTermEnd in lib/legislation/process/us-congress.ts: the nth Congress
-- ends at noon Eastern Standard Time on 3 January of 1789 + 2n (since the 74th).
UPDATE "Bill"
SET "termEndsAt" = make_timestamptz(1789 + 2 * (substring("session" from '(\d{2,3})(?:st|nd|rd|th)\s+Congress'))::int, 1, 3, 17, 0, 0, 'UTC')
WHERE "jurisdiction" = 'us'
  AND substring("session" from '(\d{2,3})(?:st|nd|rd|th)\s+Congress') IS NOT NULL
  AND (substring("session" from '(\d{2,3})(?:st|nd|rd|th)\s+Congress'))::int >= 74;

-- CreateIndex
CREATE INDEX "StatusEvent_relatedBillId_idx" ON "StatusEvent"("relatedBillId");

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_relatedBillId_fkey" FOREIGN KEY ("relatedBillId") REFERENCES "Bill"("id") ON DELETE SET NULL ON UPDATE CASCADE;
