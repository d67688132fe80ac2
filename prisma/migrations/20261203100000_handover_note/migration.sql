-- The shift handover note at the top of the queue (issue 9). One row; earlier versions are in
-- the audit log.

-- CreateTable
CREATE TABLE "HandoverNote" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "body" TEXT NOT NULL,
    "moderatorId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandoverNote_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "HandoverNote" ADD CONSTRAINT "HandoverNote_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

