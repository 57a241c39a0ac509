-- The board's order and search, decided in SQL for one page at a time (docs/decisions/0021).

-- Short titles sort as people read them, as Intl.Collator("en-GB", { sensitivity: "base",
-- numeric: true }) did in the app: case and accents ignored, numbers by value ("Bill 9" before
-- "Bill 10"). Deterministic, so equal-looking titles still have one order and equality is exact.
CREATE COLLATION IF NOT EXISTS "natural" (provider = icu, locale = 'en-GB-u-kn-true-ks-level1', deterministic = true);

-- A column a generated column reads cannot change type, so the bill's search column is dropped
-- and added again around the change, with the same expression and index.
DROP INDEX "Bill_searchVector_idx";
ALTER TABLE "Bill" DROP COLUMN "searchVector";
ALTER TABLE "Bill" ALTER COLUMN "shortTitle" TYPE TEXT COLLATE "natural";
ALTER TABLE "Bill" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (bill_search_vector("shortTitle", "title", "longTitle", "numbers", "summary", "keyProvisions", "topics")) STORED;
CREATE INDEX "Bill_searchVector_idx" ON "Bill" USING GIN ("searchVector");

-- Per bill, one search document of its status history as it stands (retracted and corrected
-- events left out), so a search ranks bills, not every matching event. Kept by triggers, since
-- a generated column cannot read another table.
ALTER TABLE "Bill" ADD COLUMN "eventSearchVector" tsvector;

CREATE FUNCTION bill_event_search_vector(bill_id TEXT) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT coalesce(to_tsvector('english', string_agg(e."description", ' ' ORDER BY e."occurredOn", e."id")), ''::tsvector)
  FROM "StatusEvent" e
  WHERE e."billId" = bill_id
    AND e."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "StatusEvent" c WHERE c."correctsId" = e."id")
$$;

-- Once per statement, for each bill whose events it touched (a bulk insert recomputes each
-- bill once, not once per event).
CREATE FUNCTION bill_event_search_refresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "Bill" b SET "eventSearchVector" = bill_event_search_vector(b."id") WHERE b."id" IN (SELECT "billId" FROM previous);
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE "Bill" b SET "eventSearchVector" = bill_event_search_vector(b."id")
    WHERE b."id" IN (SELECT "billId" FROM changed UNION SELECT "billId" FROM previous);
  ELSE
    UPDATE "Bill" b SET "eventSearchVector" = bill_event_search_vector(b."id") WHERE b."id" IN (SELECT "billId" FROM changed);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "StatusEvent_search_insert" AFTER INSERT ON "StatusEvent"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bill_event_search_refresh();
CREATE TRIGGER "StatusEvent_search_update" AFTER UPDATE ON "StatusEvent"
  REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bill_event_search_refresh();
CREATE TRIGGER "StatusEvent_search_delete" AFTER DELETE ON "StatusEvent"
  REFERENCING OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION bill_event_search_refresh();

UPDATE "Bill" SET "eventSearchVector" = bill_event_search_vector("id");

CREATE INDEX "Bill_eventSearchVector_idx" ON "Bill" USING GIN ("eventSearchVector");
