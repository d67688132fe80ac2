-- CreateEnum
CREATE TYPE "Language" AS ENUM ('sv', 'fi', 'en');

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "descriptionEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "descriptionFi" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nameEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nameFi" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'sv';

-- AlterTable
ALTER TABLE "ReplyTemplate" ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'sv';

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "labelEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "labelFi" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "valueEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "valueFi" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SiteFeedback" (
    "id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "pageUrl" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),

    CONSTRAINT "SiteFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SiteFeedback_handledAt_createdAt_idx" ON "SiteFeedback"("handledAt", "createdAt");

