-- Other names of a bill (acronyms, nicknames such as "chat control"), kept by editors, searched
-- with the titles and shown on the bill's page (issue 20, point 6).

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The search document gains the aliases at the titles' weight: in English, so "chat controls"
-- finds "chat control", and as they are, so an acronym such as KOSA is found whole.
CREATE FUNCTION "bill_search_vector"(
    "shortTitle" TEXT,
    "title" TEXT,
    "longTitle" TEXT,
    "numbers" TEXT[],
    "summary" TEXT,
    "keyProvisions" TEXT[],
    "topics" TEXT[],
    "aliases" TEXT[]
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT
        bill_search_vector("shortTitle", "title", "longTitle", "numbers", "summary", "keyProvisions", "topics") ||
        setweight(to_tsvector('english'::regconfig, coalesce(array_to_string("aliases", ' '), '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(array_to_string("aliases", ' '), '')), 'A')
$$;

-- A generated column's expression cannot be altered: drop it and add it again, with its index.
DROP INDEX "Bill_searchVector_idx";
ALTER TABLE "Bill" DROP COLUMN "searchVector";
ALTER TABLE "Bill" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (bill_search_vector("shortTitle", "title", "longTitle", "numbers", "summary", "keyProvisions", "topics", "aliases")) STORED;
CREATE INDEX "Bill_searchVector_idx" ON "Bill" USING GIN ("searchVector");

-- The launch content's one other name (legislation.md: "by critics, 'chat control'"), for
-- databases seeded before this migration; the seed gives it to new ones.
UPDATE "Bill" SET "aliases" = ARRAY['chat control'] WHERE "slug" = 'eu-csa-regulation' AND "aliases" = ARRAY[]::TEXT[];
