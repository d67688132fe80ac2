-- CreateIndex
CREATE INDEX "Story_status_publishedAt_createdAt_municipalityCode_id_idx" ON "Story"("status", "publishedAt", "createdAt", "municipalityCode", "id");

