-- Each text version imported after another keeps which version it was compared with and the
-- redline's one-line summary, so feeds and alerts can say what changed without redrawing the
-- redline. Versions imported before this migration have neither: nothing was compared then.

-- AlterTable
ALTER TABLE "BillTextVersion" ADD COLUMN     "changeSummary" TEXT,
ADD COLUMN     "comparedWithCode" TEXT;
