-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InterviewSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldAt" DATETIME,
    "notes" TEXT,
    "notesTlp" TEXT NOT NULL DEFAULT 'amber',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InterviewSession_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InterviewSession" ("createdAt", "engagementId", "heldAt", "id", "notes", "notesTlp", "title", "updatedAt") SELECT "createdAt", "engagementId", "heldAt", "id", "notes", "notesTlp", "title", "updatedAt" FROM "InterviewSession";
DROP TABLE "InterviewSession";
ALTER TABLE "new_InterviewSession" RENAME TO "InterviewSession";
CREATE INDEX "InterviewSession_engagementId_heldAt_idx" ON "InterviewSession"("engagementId", "heldAt");
CREATE TABLE "new_DataItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "interviewSessionId" TEXT,
    "documentId" TEXT,
    "createdById" TEXT,
    "selfReported" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataItem_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataItem_interviewSessionId_fkey" FOREIGN KEY ("interviewSessionId") REFERENCES "InterviewSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DataItem" ("createdAt", "createdById", "documentId", "effect", "engagementId", "id", "interviewSessionId", "selfReported", "sourceKind", "text", "updatedAt") SELECT "createdAt", "createdById", "documentId", "effect", "engagementId", "id", "interviewSessionId", "selfReported", "sourceKind", "text", "updatedAt" FROM "DataItem";
DROP TABLE "DataItem";
ALTER TABLE "new_DataItem" RENAME TO "DataItem";
CREATE INDEX "DataItem_engagementId_effect_idx" ON "DataItem"("engagementId", "effect");
CREATE INDEX "DataItem_interviewSessionId_idx" ON "DataItem"("interviewSessionId");
CREATE INDEX "DataItem_documentId_idx" ON "DataItem"("documentId");
CREATE INDEX "DataItem_createdById_idx" ON "DataItem"("createdById");
CREATE TABLE "new_LessonLearned" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "processUpdate" TEXT,
    "appliedAt" DATETIME,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LessonLearned_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LessonLearned_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LessonLearned" ("appliedAt", "authorId", "category", "createdAt", "engagementId", "id", "processUpdate", "text") SELECT "appliedAt", "authorId", "category", "createdAt", "engagementId", "id", "processUpdate", "text" FROM "LessonLearned";
DROP TABLE "LessonLearned";
ALTER TABLE "new_LessonLearned" RENAME TO "LessonLearned";
CREATE INDEX "LessonLearned_engagementId_idx" ON "LessonLearned"("engagementId");
CREATE INDEX "LessonLearned_authorId_idx" ON "LessonLearned"("authorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
