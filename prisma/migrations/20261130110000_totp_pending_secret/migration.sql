-- AlterTable
ALTER TABLE "Moderator" ADD COLUMN     "totpPendingSecret" TEXT;

