-- The board's two orders as indexes, so a page of the board is an index-only scan that stops
-- after its rows instead of sorting every public bill (docs/decisions/0026). Each holds the
-- sort keys in the board's order (short titles in the "natural" collation, as the column
-- sorts) and then the columns of the visibility rule, so neither the page nor the count of
-- public bills reads the table itself. The id ends each order, so the trailing columns never
-- change it.
CREATE INDEX "Bill_lastEventOn_shortTitle_id_state_publishAt_idx" ON "Bill"("lastEventOn" DESC NULLS LAST, "shortTitle", "id", "state", "publishAt");
CREATE INDEX "Bill_shortTitle_id_state_publishAt_idx" ON "Bill"("shortTitle", "id", "state", "publishAt");
