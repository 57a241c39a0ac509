-- Source watch (decision 0019): official records polled for new steps of a bill, the
-- suggestions they produce for an editor's inbox, and a per-host request count shared by every
-- instance. The launch bills' sources ("Official records to watch" in the content) are added
-- here for databases seeded before; the seed adds them to new ones.

-- CreateEnum
CREATE TYPE "WatchedSourceKind" AS ENUM ('congress_bill', 'uk_bill', 'legislation_gov_uk', 'feed');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('new', 'accepted', 'dismissed');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notifyOnSuggestions" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "WatchedSource" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "kind" "WatchedSourceKind" NOT NULL,
    "identifier" TEXT NOT NULL,
    "matchWords" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "nextPollAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPolledAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "lastErrorAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "etag" TEXT,
    "lastModified" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WatchedSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceWatchHost" (
    "host" TEXT NOT NULL,
    "windowStartedAt" TIMESTAMPTZ(3) NOT NULL,
    "requests" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SourceWatchHost_pkey" PRIMARY KEY ("host")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "sourceId" TEXT,
    "itemKey" TEXT NOT NULL,
    "path" TEXT,
    "stage" TEXT,
    "occurredOn" DATE NOT NULL,
    "chamber" TEXT,
    "billNumber" TEXT,
    "body" TEXT,
    "vote" TEXT,
    "attemptFailed" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "state" "SuggestionState" NOT NULL DEFAULT 'new',
    "eventId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "dismissReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WatchedSource_active_nextPollAt_idx" ON "WatchedSource"("active", "nextPollAt");

-- CreateIndex
CREATE UNIQUE INDEX "WatchedSource_billId_kind_identifier_key" ON "WatchedSource"("billId", "kind", "identifier");

-- CreateIndex
CREATE INDEX "Suggestion_state_createdAt_idx" ON "Suggestion"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_billId_occurredOn_idx" ON "Suggestion"("billId", "occurredOn");

-- CreateIndex
CREATE INDEX "Suggestion_sourceId_idx" ON "Suggestion"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_billId_itemKey_key" ON "Suggestion"("billId", "itemKey");

-- AddForeignKey
ALTER TABLE "WatchedSource" ADD CONSTRAINT "WatchedSource_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "WatchedSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "StatusEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The launch bills' official records, for databases seeded before this migration (the same
-- list as prisma/seed/watched-sources.ts). A bill an operator deleted or renamed is skipped.
INSERT INTO "WatchedSource" ("id", "billId", "kind", "identifier", "matchWords", "updatedAt")
SELECT 'ws' || substr(md5(b."id" || w.kind || w.identifier), 1, 23), b."id", w.kind::"WatchedSourceKind", w.identifier, w.words, CURRENT_TIMESTAMP
FROM (VALUES
    ('take-it-down-act', 'congress_bill', '119/s/146', ARRAY[]::TEXT[]),
    ('take-it-down-act', 'congress_bill', '119/hr/633', ARRAY[]::TEXT[]),
    ('stop-csam-act', 'congress_bill', '119/s/1829', ARRAY[]::TEXT[]),
    ('stop-csam-act', 'congress_bill', '119/hr/3921', ARRAY[]::TEXT[]),
    ('enforce-act', 'congress_bill', '119/s/3021', ARRAY[]::TEXT[]),
    ('enforce-act', 'congress_bill', '119/hr/4831', ARRAY[]::TEXT[]),
    ('uk-crime-and-policing-bill', 'uk_bill', '3938', ARRAY[]::TEXT[]),
    -- Instruments made under the Act are found by its title.
    ('uk-crime-and-policing-bill', 'legislation_gov_uk', 'ukpga/2026/20', ARRAY['Crime and Policing Act 2026'])
) AS w(slug, kind, identifier, words)
JOIN "Bill" b ON b."slug" = w.slug
ON CONFLICT DO NOTHING;
