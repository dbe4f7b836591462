-- CreateTable
CREATE TABLE "RespondentLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "scopeEntryId" TEXT NOT NULL,
    "sessionId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "draft" JSONB,
    "comment" TEXT,
    "openedAt" DATETIME,
    "savedAt" DATETIME,
    "submittedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RespondentLink_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RespondentLink_scopeEntryId_fkey" FOREIGN KEY ("scopeEntryId") REFERENCES "ScopeEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RespondentLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "documentId" TEXT,
    "dataItemId" TEXT,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "tlp" TEXT NOT NULL DEFAULT 'amber',
    "content" BLOB,
    "uploadedById" TEXT,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    "deleteReason" TEXT,
    CONSTRAINT "EvidenceFile_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceFile_dataItemId_fkey" FOREIGN KEY ("dataItemId") REFERENCES "DataItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InterviewRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "note" TEXT,
    "selfReported" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterviewRating_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "InterviewParticipant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InterviewRating" ("answer", "createdAt", "driverId", "id", "note", "participantId") SELECT "answer", "createdAt", "driverId", "id", "note", "participantId" FROM "InterviewRating";
DROP TABLE "InterviewRating";
ALTER TABLE "new_InterviewRating" RENAME TO "InterviewRating";
CREATE UNIQUE INDEX "InterviewRating_participantId_driverId_key" ON "InterviewRating"("participantId", "driverId");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataItem_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataItem_interviewSessionId_fkey" FOREIGN KEY ("interviewSessionId") REFERENCES "InterviewSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DataItem" ("createdAt", "createdById", "documentId", "effect", "engagementId", "id", "interviewSessionId", "sourceKind", "text", "updatedAt") SELECT "createdAt", "createdById", "documentId", "effect", "engagementId", "id", "interviewSessionId", "sourceKind", "text", "updatedAt" FROM "DataItem";
DROP TABLE "DataItem";
ALTER TABLE "new_DataItem" RENAME TO "DataItem";
CREATE INDEX "DataItem_engagementId_effect_idx" ON "DataItem"("engagementId", "effect");
CREATE INDEX "DataItem_interviewSessionId_idx" ON "DataItem"("interviewSessionId");
CREATE INDEX "DataItem_documentId_idx" ON "DataItem"("documentId");
CREATE INDEX "DataItem_createdById_idx" ON "DataItem"("createdById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RespondentLink_tokenHash_key" ON "RespondentLink"("tokenHash");

-- CreateIndex
CREATE INDEX "RespondentLink_engagementId_createdAt_id_idx" ON "RespondentLink"("engagementId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "RespondentLink_scopeEntryId_idx" ON "RespondentLink"("scopeEntryId");

-- CreateIndex
CREATE INDEX "RespondentLink_sessionId_idx" ON "RespondentLink"("sessionId");

-- CreateIndex
CREATE INDEX "EvidenceFile_engagementId_sha256_idx" ON "EvidenceFile"("engagementId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_documentId_version_key" ON "EvidenceFile"("documentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_dataItemId_version_key" ON "EvidenceFile"("dataItemId", "version");
