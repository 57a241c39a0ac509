-- Sessions end after an absolute lifetime and after a time without activity
-- (SESSION_MAX_AGE_H, SESSION_IDLE_MIN). The Session table, unused until now (sessions were
-- JWT cookies only), keeps each signed-in browser's activity; older cookies carry no session
-- id and so end at their next request.

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expires_idx" ON "Session"("expires");
