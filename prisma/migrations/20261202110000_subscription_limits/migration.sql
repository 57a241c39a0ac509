-- Unsubscribe tokens are kept only as SHA-256 hashes, like every other token in a link. The
-- tokens already sent keep working: each is hashed here, in place of the token itself. New
-- links are derived from AUTH_SECRET when an e-mail is written (lib/alerts/unsubscribe-token.ts),
-- and each one's hash is added to the list, so links in older e-mails go on working too.
--
-- Sign-up limits count one mailbox however it is spelt ("+tag", dots) and one client.

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "unsubscribeTokenHashes" TEXT[],
ADD COLUMN     "mailbox" TEXT,
ADD COLUMN     "requestedFrom" TEXT;

UPDATE "Subscription"
SET "unsubscribeTokenHashes" = ARRAY[encode(sha256(convert_to("unsubscribeToken", 'UTF8')), 'hex')],
    "mailbox" = lower(regexp_replace(split_part(substring("email" from '^(.*)@[^@]*$'), '+', 1), '\.', '', 'g')
                || '@' || substring("email" from '@([^@]*)$'));

-- An address without "@" cannot be stored (the form refuses it); should one exist, it is its own mailbox.
UPDATE "Subscription" SET "mailbox" = "email" WHERE "mailbox" IS NULL;

ALTER TABLE "Subscription" ALTER COLUMN "mailbox" SET NOT NULL;

-- DropIndex
DROP INDEX "Subscription_unsubscribeToken_key";

-- AlterTable
ALTER TABLE "Subscription" DROP COLUMN "unsubscribeToken";

-- CreateIndex
CREATE INDEX "Subscription_mailbox_createdAt_idx" ON "Subscription"("mailbox", "createdAt");

-- CreateIndex
CREATE INDEX "Subscription_requestedFrom_createdAt_idx" ON "Subscription"("requestedFrom", "createdAt");

-- CreateIndex
CREATE INDEX "Subscription_unsubscribeTokenHashes_idx" ON "Subscription" USING GIN ("unsubscribeTokenHashes");
