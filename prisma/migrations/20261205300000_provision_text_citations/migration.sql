-- A provision may cite the part of a version of the bill's text it describes ("is", "sec-3-a"),
-- so the bill page can say when a later version changed that part. Both null for the
-- provisions recorded before: they cite no version. See docs/decisions/0029-redlines.md.

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN "textVersionCode" TEXT,
ADD COLUMN "textSection" TEXT;
