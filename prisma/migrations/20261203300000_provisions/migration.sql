-- Key provisions as structured entries (category, plain-language text, citation), so that
-- /compare can set bills side by side. The bill's own "key provisions" list stays as it is:
-- see docs/decisions/0022-advocates-tools.md.

-- CreateEnum
CREATE TYPE "ProvisionCategory" AS ENUM ('criminal_offence', 'platform_duty', 'removal_deadline', 'enforcing_body', 'penalty', 'private_right_of_action', 'reporting_duty', 'effective_date', 'scope');

-- CreateTable
CREATE TABLE "Provision" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "category" "ProvisionCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "citation" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Provision_billId_category_position_idx" ON "Provision"("billId", "category", "position");

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
