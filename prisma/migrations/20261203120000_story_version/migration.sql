-- A version on each story, so a save over a colleague's newer change is refused (issue 9).

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

