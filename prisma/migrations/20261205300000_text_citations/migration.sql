-- A provision or a status event may cite the part of a version of the bill's text it concerns
-- ("is", "sec-3-a"), so the bill page can say when a later version changed that part. Null for
-- everything recorded before: it cites no version. See docs/decisions/0029-redlines.md.

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN "textVersionCode" TEXT,
ADD COLUMN "textSection" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN "textVersionCode" TEXT,
ADD COLUMN "textSection" TEXT;
