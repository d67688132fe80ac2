-- CreateIndex
CREATE INDEX "Answer_storyId_status_publishedAt_idx" ON "Answer"("storyId", "status", "publishedAt");

