-- AlterTable
ALTER TABLE "Moderator" ADD COLUMN     "totpLockedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TotpFailure" (
    "id" TEXT NOT NULL,
    "moderatorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TotpFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TotpFailure_moderatorId_at_idx" ON "TotpFailure"("moderatorId", "at");

-- AddForeignKey
ALTER TABLE "TotpFailure" ADD CONSTRAINT "TotpFailure_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "Moderator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

