-- A suggestion is either a step for the bill's history (what every suggestion was until now) or
-- a new official version of the bill's text, which accepting imports. Existing rows are steps.
-- A text version carries its code (GPO's, like rs) and its date, which Congress.gov may not give:
-- "occurredOn" then holds the day it was found, so the inbox can still order it.

-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('status_event', 'text_version');

-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "kind" "SuggestionKind" NOT NULL DEFAULT 'status_event',
ADD COLUMN     "versionCode" TEXT,
ADD COLUMN     "versionDate" DATE;

-- A Congress.gov source is read at two addresses (its actions and its text versions); each
-- answer's validators make its own next request conditional.
ALTER TABLE "WatchedSource" ADD COLUMN     "textEtag" TEXT,
ADD COLUMN     "textLastModified" TEXT;
