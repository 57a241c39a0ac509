-- The process model moves from one line of stages per legislature to paths per legislature
-- (lib/legislation/process/): a Senate and a House path, the final stages, life after
-- enactment, outcomes. Legislatures and chambers are defined in code now, like stages, so adding
-- one needs no migration: both columns become text.

-- AlterTable
ALTER TABLE "Bill" ALTER COLUMN "jurisdiction" SET DATA TYPE TEXT USING "jurisdiction"::TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ALTER COLUMN "chamber" SET DATA TYPE TEXT USING "chamber"::TEXT;

-- DropEnum
DROP TYPE "Jurisdiction";

-- DropEnum
DROP TYPE "Chamber";

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN     "currentPath" TEXT,
ADD COLUMN     "phase" TEXT NOT NULL DEFAULT 'legislature',
ADD COLUMN     "region" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "attemptFailed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "billNumber" TEXT,
ADD COLUMN     "body" TEXT,
ADD COLUMN     "path" TEXT,
ADD COLUMN     "provisions" TEXT,
ADD COLUMN     "subject" TEXT;

-- Every event gets its place in the new model. US steps of a chamber go on that chamber's path;
-- an event with no chamber goes on the path of the bill's own chamber (its first number: H.R. is
-- the House). "Passed one chamber" recorded as a receipt ("Received in the House") becomes
-- "received"; "passed both chambers" is the second chamber passing it.
UPDATE "StatusEvent" e SET
    "path" = CASE
        WHEN e."stage" IN ('introduced', 'in_committee', 'reported', 'passed_one_chamber') THEN
            CASE WHEN e."chamber" IN ('senate', 'house') THEN e."chamber"
                 WHEN b."numbers"[1] ILIKE 'H%' THEN 'house'
                 ELSE 'senate' END
        WHEN e."stage" = 'passed_both_chambers' THEN
            CASE WHEN e."chamber" IN ('senate', 'house') THEN e."chamber"
                 ELSE coalesce((
                     SELECT CASE p."chamber" WHEN 'senate' THEN 'house' ELSE 'senate' END
                     FROM "StatusEvent" p
                     WHERE p."billId" = e."billId" AND p."stage" = 'passed_one_chamber' AND p."chamber" IN ('senate', 'house')
                     ORDER BY p."occurredOn", p."createdAt"
                     LIMIT 1
                 ), 'house') END
        WHEN e."stage" IN ('to_president', 'enacted', 'vetoed') THEN 'final'
        WHEN e."stage" IN ('failed', 'died') THEN 'outcome'
        ELSE 'unknown' END,
    "stage" = CASE e."stage"
        WHEN 'in_committee' THEN 'referred'
        WHEN 'passed_one_chamber' THEN CASE WHEN e."description" ~* '\mreceived\M' THEN 'received' ELSE 'passed' END
        WHEN 'passed_both_chambers' THEN 'passed'
        WHEN 'to_president' THEN 'presented'
        WHEN 'enacted' THEN 'became_law'
        ELSE e."stage" END,
    "chamber" = CASE WHEN e."stage" IN ('introduced', 'in_committee', 'reported', 'passed_one_chamber', 'passed_both_chambers')
                          AND e."chamber" = 'president' THEN NULL
                     ELSE e."chamber" END
FROM "Bill" b
WHERE b."id" = e."billId" AND b."jurisdiction" = 'us';

-- UK stages keep their names, without the House in them: the path says which House.
UPDATE "StatusEvent" e SET
    "path" = CASE
        WHEN e."stage" LIKE 'first\_house\_%' THEN 'first_house'
        WHEN e."stage" LIKE 'second\_house\_%' THEN 'second_house'
        WHEN e."stage" IN ('consideration_of_amendments', 'royal_assent') THEN 'final'
        WHEN e."stage" IN ('fallen', 'withdrawn') THEN 'outcome'
        ELSE 'unknown' END,
    "stage" = regexp_replace(e."stage", '^(first|second)_house_', '')
FROM "Bill" b
WHERE b."id" = e."billId" AND b."jurisdiction" = 'uk';

UPDATE "StatusEvent" SET "path" = 'unknown' WHERE "path" IS NULL;

-- AlterTable
ALTER TABLE "StatusEvent" ALTER COLUMN "path" SET NOT NULL;

-- The bill's denormalised status, derived as lib/legislation/process/status.ts derives it from
-- these events: the latest outcome (became law, vetoed, died, fallen…) if there is one, else the
-- step furthest along (later paths first, then the step's rank, then the latest). Before this
-- model nothing was recorded after enactment, so an enacted bill is "enacted, not yet in force".
WITH "step" ("jurisdiction", "path", "stage", "depth", "rank", "effect") AS (
    VALUES
        ('us', 'senate', 'introduced', 0, 1, NULL), ('us', 'senate', 'received', 0, 1, NULL),
        ('us', 'senate', 'referred', 0, 2, NULL), ('us', 'senate', 'reported', 0, 3, NULL),
        ('us', 'senate', 'passed', 0, 5, NULL),
        ('us', 'house', 'introduced', 0, 1, NULL), ('us', 'house', 'received', 0, 1, NULL),
        ('us', 'house', 'referred', 0, 2, NULL), ('us', 'house', 'reported', 0, 3, NULL),
        ('us', 'house', 'passed', 0, 5, NULL),
        ('us', 'final', 'presented', 2, 2, NULL), ('us', 'final', 'became_law', 2, 3, 'enacts'),
        ('us', 'final', 'vetoed', 2, 3, 'ends'),
        ('us', 'outcome', 'failed', 0, 1, 'ends'), ('us', 'outcome', 'died', 0, 1, 'ends'),
        ('uk', 'first_house', 'first_reading', 0, 1, NULL), ('uk', 'first_house', 'second_reading', 0, 2, NULL),
        ('uk', 'first_house', 'committee', 0, 3, NULL), ('uk', 'first_house', 'report', 0, 4, NULL),
        ('uk', 'first_house', 'third_reading', 0, 5, NULL),
        ('uk', 'second_house', 'first_reading', 1, 1, NULL), ('uk', 'second_house', 'second_reading', 1, 2, NULL),
        ('uk', 'second_house', 'committee', 1, 3, NULL), ('uk', 'second_house', 'report', 1, 4, NULL),
        ('uk', 'second_house', 'third_reading', 1, 5, NULL),
        ('uk', 'final', 'consideration_of_amendments', 2, 1, NULL), ('uk', 'final', 'royal_assent', 2, 2, 'enacts'),
        ('uk', 'outcome', 'fallen', 0, 1, 'ends'), ('uk', 'outcome', 'withdrawn', 0, 1, 'ends')
),
"counted" AS (
    SELECT e."billId", e."path", e."stage", e."occurredOn", e."createdAt", e."id", s."depth", s."rank", s."effect"
    FROM "StatusEvent" e
    JOIN "Bill" b ON b."id" = e."billId"
    JOIN "step" s ON s."jurisdiction" = b."jurisdiction" AND s."path" = e."path" AND s."stage" = e."stage"
    WHERE e."retractedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e."id")
),
"decisive" AS (
    SELECT DISTINCT ON ("billId") "billId", "path", "stage", "effect"
    FROM "counted" WHERE "effect" IS NOT NULL
    ORDER BY "billId", "occurredOn" DESC, "createdAt" DESC, "id" COLLATE "C" DESC
),
"furthest" AS (
    SELECT DISTINCT ON ("billId") "billId", "path", "stage"
    FROM "counted"
    ORDER BY "billId", "depth" DESC, "rank" DESC, "occurredOn" DESC, "createdAt" DESC, "id" COLLATE "C" DESC
)
UPDATE "Bill" b SET
    "currentPath" = coalesce(d."path", f."path"),
    "currentStage" = coalesce(d."stage", f."stage"),
    "phase" = CASE d."effect" WHEN 'enacts' THEN 'enacted' WHEN 'ends' THEN 'ended' ELSE 'legislature' END
FROM "Bill" x
LEFT JOIN "decisive" d ON d."billId" = x."id"
LEFT JOIN "furthest" f ON f."billId" = x."id"
WHERE x."id" = b."id";

-- CreateIndex
CREATE INDEX "Bill_phase_idx" ON "Bill"("phase");
