-- The text of each official version of a bill: the raw file as imported, its SHA-256 (so a
-- re-import of the same file is recognised), and the normalised section tree read from it.
-- See docs/decisions/0027-bill-text-versions.md.

-- CreateEnum
CREATE TYPE "BillTextFormat" AS ENUM ('congress_bill_xml', 'uslm_xml', 'html');

-- CreateTable
CREATE TABLE "BillTextVersion" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "versionDate" DATE,
    "sourceUrl" TEXT,
    "format" "BillTextFormat" NOT NULL,
    "sha256" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "tree" JSONB NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillTextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BillTextVersion_billId_code_key" ON "BillTextVersion"("billId", "code");

-- AddForeignKey
ALTER TABLE "BillTextVersion" ADD CONSTRAINT "BillTextVersion_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
