-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "DataItem" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "LessonLearned" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
