-- Moderators' internal notes on a story (issue 9), erased with the story.

-- CreateTable
CREATE TABLE "StoryNote" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "moderatorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoryNote_storyId_createdAt_idx" ON "StoryNote"("storyId", "createdAt");

-- AddForeignKey
ALTER TABLE "StoryNote" ADD CONSTRAINT "StoryNote_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryNote" ADD CONSTRAINT "StoryNote_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

