-- CreateTable
CREATE TABLE "ModeratorSession" (
    "id" TEXT NOT NULL,
    "moderatorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModeratorSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModeratorSession_moderatorId_idx" ON "ModeratorSession"("moderatorId");

-- CreateIndex
CREATE INDEX "ModeratorSession_expiresAt_idx" ON "ModeratorSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "ModeratorSession" ADD CONSTRAINT "ModeratorSession_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "Moderator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

