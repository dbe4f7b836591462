-- AlterTable
ALTER TABLE "InterviewRating" ADD COLUMN     "selfReported" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DataItem" ADD COLUMN     "selfReported" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RespondentLink" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "scopeEntryId" TEXT NOT NULL,
    "sessionId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "draft" JSONB,
    "comment" TEXT,
    "openedAt" TIMESTAMP(3),
    "savedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RespondentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "documentId" TEXT,
    "dataItemId" TEXT,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "tlp" TEXT NOT NULL DEFAULT 'amber',
    "content" BYTEA,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,
    "deleteReason" TEXT,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "RespondentLink" ADD CONSTRAINT "RespondentLink_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RespondentLink" ADD CONSTRAINT "RespondentLink_scopeEntryId_fkey" FOREIGN KEY ("scopeEntryId") REFERENCES "ScopeEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RespondentLink" ADD CONSTRAINT "RespondentLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_dataItemId_fkey" FOREIGN KEY ("dataItemId") REFERENCES "DataItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
