-- Full-text search for the public board. Prisma cannot express generated columns, so
-- schema.prisma declares each one as Unsupported("tsvector") with its generation expression as
-- a dbgenerated default, the form Prisma's introspection gives them; the drift test reads it so.

-- Bill numbers are indexed three ways, so "S.1829", "S1829" and "1829" all find the bill (the
-- parser keeps "S.1829" as one token but splits "S 1829"). Weights: titles and numbers A, long
-- title and topics B, summary and key provisions C. IMMUTABLE is true here: the function reads
-- only its arguments, and array_to_string on text[] does not depend on any setting.
CREATE FUNCTION "bill_search_vector"(
    "shortTitle" TEXT,
    "title" TEXT,
    "longTitle" TEXT,
    "numbers" TEXT[],
    "summary" TEXT,
    "keyProvisions" TEXT[],
    "topics" TEXT[]
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT
        setweight(to_tsvector('english'::regconfig, coalesce("shortTitle", '') || ' ' || coalesce("title", '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, (
            SELECT coalesce(string_agg(n || ' ' || regexp_replace(lower(n), '[^a-z0-9]', '', 'g') || ' ' || regexp_replace(n, '[^0-9]', '', 'g'), ' '), '')
            FROM unnest("numbers") AS n
        )), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("longTitle", '') || ' ' || coalesce(array_to_string("topics", ' '), '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce("summary", '') || ' ' || coalesce(array_to_string("keyProvisions", ' '), '')), 'C')
$$;

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (bill_search_vector("shortTitle", "title", "longTitle", "numbers", "summary", "keyProvisions", "topics")) STORED;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "description")) STORED;

-- CreateIndex
CREATE INDEX "Bill_searchVector_idx" ON "Bill" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "StatusEvent_searchVector_idx" ON "StatusEvent" USING GIN ("searchVector");
