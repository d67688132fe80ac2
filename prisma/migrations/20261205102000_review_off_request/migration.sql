-- AlterTable
ALTER TABLE "SiteSetting" ADD COLUMN     "colleagueReviewHeld" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reviewOffRequestedAt" TIMESTAMP(3),
ADD COLUMN     "reviewOffRequestedById" TEXT;

-- AddForeignKey
ALTER TABLE "SiteSetting" ADD CONSTRAINT "SiteSetting_reviewOffRequestedById_fkey" FOREIGN KEY ("reviewOffRequestedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

