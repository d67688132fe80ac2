-- CreateEnum
CREATE TYPE "SafetyFlag" AS ENUM ('CHILD_AT_RISK', 'SUICIDE', 'VIOLENCE', 'STAFF_THREAT');

-- DropIndex
DROP INDEX "Story_status_createdAt_idx";

-- AlterTable
ALTER TABLE "Moderator" ADD COLUMN     "totpEnabledAt" TIMESTAMP(3),
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "authorEditedAt" TIMESTAMP(3),
ADD COLUMN     "autoReplacements" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "originalErasedAt" TIMESTAMP(3),
ADD COLUMN     "safetyFlags" "SafetyFlag"[] DEFAULT ARRAY[]::"SafetyFlag"[],
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ALTER COLUMN "originalTitle" DROP NOT NULL,
ALTER COLUMN "originalBody" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "byStoryAuthor" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "AuditLog" ALTER COLUMN "targetId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SiteSetting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "requireTotp" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "bucket" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("bucket","key","windowStart")
);

-- CreateTable
CREATE TABLE "SpentChallenge" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpentChallenge_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "RateLimitHit_windowStart_idx" ON "RateLimitHit"("windowStart");

-- CreateIndex
CREATE INDEX "SpentChallenge_expiresAt_idx" ON "SpentChallenge"("expiresAt");

-- CreateIndex
CREATE INDEX "Story_status_urgent_createdAt_idx" ON "Story"("status", "urgent", "createdAt");

-- CreateIndex
CREATE INDEX "Story_status_decidedAt_idx" ON "Story"("status", "decidedAt");

-- CreateIndex
CREATE INDEX "Story_status_withdrawnAt_idx" ON "Story"("status", "withdrawnAt");

