-- CreateEnum
CREATE TYPE "AlertMode" AS ENUM ('NONE', 'IMMEDIATE', 'DIGEST');

-- CreateEnum
CREATE TYPE "AnswerStatus" AS ENUM ('PENDING', 'AWAITING_REVIEW', 'RETURNED', 'PUBLISHED', 'REJECTED', 'TAKEN_DOWN');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('LOOKING_INTO', 'CHANGE_PLANNED', 'CHANGE_MADE');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'RESPONDER';

-- AlterTable
ALTER TABLE "Moderator" ADD COLUMN     "alertMode" "AlertMode" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "alertTagIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "feedTokenHash" TEXT,
ADD COLUMN     "organisationId" TEXT;

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipalityCodes" TEXT[],
    "emailDomains" TEXT[],
    "contactEmail" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "fastTrack" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponderInvitation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "ResponderInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "writtenById" TEXT,
    "preparedById" TEXT,
    "preparedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "moderatorComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "takenDownAt" TIMESTAMP(3),

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeMark" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "description" TEXT NOT NULL,
    "markedOn" DATE NOT NULL,
    "status" "AnswerStatus" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "preparedById" TEXT,
    "preparedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "moderatorComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "takenDownAt" TIMESTAMP(3),

    CONSTRAINT "ChangeMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "to" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "storyIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "organisationId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "droppedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingAlert" (
    "responderId" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingAlert_pkey" PRIMARY KEY ("responderId","storyId")
);

-- CreateIndex
CREATE INDEX "Organisation_active_idx" ON "Organisation"("active");

-- CreateIndex
CREATE UNIQUE INDEX "ResponderInvitation_tokenHash_key" ON "ResponderInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "ResponderInvitation_organisationId_idx" ON "ResponderInvitation"("organisationId");

-- CreateIndex
CREATE INDEX "Answer_status_submittedAt_idx" ON "Answer"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Answer_organisationId_status_idx" ON "Answer"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_storyId_organisationId_key" ON "Answer"("storyId", "organisationId");

-- CreateIndex
CREATE INDEX "ChangeMark_answerId_createdAt_idx" ON "ChangeMark"("answerId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeMark_status_createdAt_idx" ON "ChangeMark"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_droppedAt_nextAttemptAt_idx" ON "OutboxMail"("sentAt", "droppedAt", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "PendingAlert_createdAt_idx" ON "PendingAlert"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Moderator_feedTokenHash_key" ON "Moderator"("feedTokenHash");

-- CreateIndex
CREATE INDEX "Moderator_organisationId_idx" ON "Moderator"("organisationId");

-- AddForeignKey
ALTER TABLE "Moderator" ADD CONSTRAINT "Moderator_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponderInvitation" ADD CONSTRAINT "ResponderInvitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponderInvitation" ADD CONSTRAINT "ResponderInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_writtenById_fkey" FOREIGN KEY ("writtenById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeMark" ADD CONSTRAINT "ChangeMark_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeMark" ADD CONSTRAINT "ChangeMark_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeMark" ADD CONSTRAINT "ChangeMark_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingAlert" ADD CONSTRAINT "PendingAlert_responderId_fkey" FOREIGN KEY ("responderId") REFERENCES "Moderator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingAlert" ADD CONSTRAINT "PendingAlert_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;
