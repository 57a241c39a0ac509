-- Organisations and their dated positions on bills. A change of position is a new row, so the
-- history of positions is kept: see docs/decisions/0022-advocates-tools.md.

-- CreateEnum
CREATE TYPE "PositionStance" AS ENUM ('support', 'oppose', 'support_if_amended', 'neutral', 'monitoring');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "isOwn" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "stance" "PositionStance" NOT NULL,
    "statement" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "statedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Position_billId_organisationId_statedOn_idx" ON "Position"("billId", "organisationId", "statedOn");

-- CreateIndex
CREATE INDEX "Position_organisationId_statedOn_idx" ON "Position"("organisationId", "statedOn");

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
