-- Retention finds the published stories whose original text is due for erasure through this
-- index (lib/retention/erase-expired-originals.ts): the range it reads is exactly the stories
-- still to do, so a pass over a large archive, nearly all done, no longer walks every old story.

-- CreateIndex
CREATE INDEX "Story_status_originalErasedAt_publishedAt_idx" ON "Story"("status", "originalErasedAt", "publishedAt");
