-- The list of every public bill (404s, the sitemap, the timeline's bill filter) reads slugs,
-- short titles and when each changed, in the board's title order. With those two columns at the
-- end of the title-order index it is an index-only scan in order, instead of reading the table
-- and sorting all of it; the board by title still reads only the index's leading columns
-- (docs/decisions/0026).
DROP INDEX "Bill_shortTitle_id_state_publishAt_idx";
CREATE INDEX "Bill_shortTitle_id_state_publishAt_slug_updatedAt_idx" ON "Bill"("shortTitle", "id", "state", "publishAt", "slug", "updatedAt");
