-- A watched source of one more kind: an Act's own page data on legislation.gov.uk (Royal Assent,
-- and what is in force by the revised text), beside the listing of instruments made under it
-- (docs/decisions/0025-legislation-act-pages.md). A value added here cannot be used in the same
-- transaction, so the launch Act's source is added by the next migration.

-- AlterEnum
ALTER TYPE "WatchedSourceKind" ADD VALUE 'legislation_act' AFTER 'legislation_gov_uk';
