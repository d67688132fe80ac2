-- CreateTable
CREATE TABLE "ReplyAmendment" (
    "replyId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "baseBody" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "preparedById" TEXT,
    "preparedAt" TIMESTAMP(3) NOT NULL,
    "returnedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnComment" TEXT,

    CONSTRAINT "ReplyAmendment_pkey" PRIMARY KEY ("replyId")
);

-- AddForeignKey
ALTER TABLE "ReplyAmendment" ADD CONSTRAINT "ReplyAmendment_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyAmendment" ADD CONSTRAINT "ReplyAmendment_preparedById_fkey" FOREIGN KEY ("preparedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyAmendment" ADD CONSTRAINT "ReplyAmendment_returnedById_fkey" FOREIGN KEY ("returnedById") REFERENCES "Moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

