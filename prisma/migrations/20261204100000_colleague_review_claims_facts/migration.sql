-- Issue 9: colleague review (AWAITING_REVIEW, PreparedDecision), claims on stories, decision
-- times for /mod/statistik (DecisionRecord, no story id), fact blocks (Fact, FactChange), amended
-- replies and the house style's opening and closing (SiteSetting).

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('PUBLISH', 'REJECT');

-- AlterEnum
ALTER TYPE "StoryStatus" ADD VALUE 'AWAITING_REVIEW' AFTER 'PENDING';

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "claimedById" TEXT,
ADD COLUMN     "claimedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "amendedAt" TIMESTAMP(3),
ADD COLUMN     "amendedById" TEXT;

-- AlterTable
ALTER TABLE "SiteSetting" ADD COLUMN     "claimMinutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "colleagueReview" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "factStaleMonths" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "replyClosing" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "replyOpening" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "PreparedDecision" (
    "storyId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "replyBody" TEXT,
    "templateId" TEXT,
    "reason" TEXT,
    "preparedById" TEXT,
    "preparedAt" TIMESTAMP(3) NOT NULL,
    "returnedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnComment" TEXT,

    CONSTRAINT "PreparedDecision_pkey" PRIMARY KEY ("storyId")
);

-- CreateTable
CREATE TABLE "DecisionRecord" (
    "id" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "decidedHour" TIMESTAMP(3) NOT NULL,
    "minutesToDecision" INTEGER NOT NULL,
    "withinWorkingDay" BOOLEAN NOT NULL,

    CONSTRAINT "DecisionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactChange" (
    "id" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "oldValue" TEXT NOT NULL,
    "newValue" TEXT NOT NULL,
    "moderatorId" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DecisionRecord_decidedHour_idx" ON "DecisionRecord"("decidedHour");

-- CreateIndex
CREATE UNIQUE INDEX "Fact_key_key" ON "Fact"("key");

-- CreateIndex
CREATE INDEX "FactChange_factId_changedAt_idx" ON "FactChange"("factId", "changedAt");

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_claimedById_fkey" FOREIGN KEY ("claimedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreparedDecision" ADD CONSTRAINT "PreparedDecision_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreparedDecision" ADD CONSTRAINT "PreparedDecision_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreparedDecision" ADD CONSTRAINT "PreparedDecision_returnedById_fkey" FOREIGN KEY ("returnedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactChange" ADD CONSTRAINT "FactChange_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactChange" ADD CONSTRAINT "FactChange_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reply" ADD CONSTRAINT "Reply_amendedById_fkey" FOREIGN KEY ("amendedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

