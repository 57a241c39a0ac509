-- Windows to take part in a bill's making (consultations, calls for evidence, comment periods),
-- with when subscribers' opening alerts and closing reminders were queued: see
-- docs/decisions/0023-participation-windows.md.

-- CreateEnum
CREATE TYPE "ParticipationKind" AS ENUM ('consultation', 'call_for_evidence', 'comment_period');

-- CreateTable
CREATE TABLE "ParticipationWindow" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "kind" "ParticipationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "runBy" TEXT NOT NULL,
    "respondUrl" TEXT NOT NULL,
    "description" TEXT,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "openingQueuedAt" TIMESTAMPTZ(3),
    "reminderQueuedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ParticipationWindow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParticipationWindow_closesOn_opensOn_idx" ON "ParticipationWindow"("closesOn", "opensOn");

-- CreateIndex
CREATE INDEX "ParticipationWindow_billId_opensOn_idx" ON "ParticipationWindow"("billId", "opensOn");

-- AddForeignKey
ALTER TABLE "ParticipationWindow" ADD CONSTRAINT "ParticipationWindow_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
