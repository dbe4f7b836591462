-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "actorId" TEXT,
    "actorKind" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Engagement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "teamId" TEXT,
    "teamSnapshot" JSONB,
    "imcId" TEXT,
    "methodId" TEXT NOT NULL,
    "methodVersion" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "successThreshold" TEXT,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "latestTotal" REAL,
    "latestBand" TEXT,
    "plannedStart" DATETIME,
    "plannedEnd" DATETIME,
    "actualStart" DATETIME,
    "actualEnd" DATETIME,
    "sponsorName" TEXT,
    "sponsorshipRecordedAt" DATETIME,
    "previousEngagementId" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Engagement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Engagement_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Engagement_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "MethodDefinition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Engagement_previousEngagementId_fkey" FOREIGN KEY ("previousEngagementId") REFERENCES "Engagement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Engagement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EngagementMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EngagementMember_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EngagementMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'not-started',
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    "completedById" TEXT,
    "outputs" JSONB NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActivityRecord_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActivityRecord_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueDate" DATETIME,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" DATETIME,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChecklistItem_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScopeEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "pseudonym" TEXT NOT NULL,
    "unit" TEXT,
    "role" TEXT,
    "scopePosition" TEXT,
    "team" TEXT,
    "functions" JSONB NOT NULL,
    "contact" TEXT,
    "ordinal" INTEGER NOT NULL,
    "interviewed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScopeEntry_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldAt" DATETIME,
    "notes" TEXT,
    "notesTlp" TEXT NOT NULL DEFAULT 'amber',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InterviewSession_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "scopeEntryId" TEXT NOT NULL,
    CONSTRAINT "InterviewParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewParticipant_scopeEntryId_fkey" FOREIGN KEY ("scopeEntryId") REFERENCES "ScopeEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterviewRating_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "InterviewParticipant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT,
    "owner" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'manual',
    "ordinal" INTEGER NOT NULL,
    "requestedAt" DATETIME,
    "receivedAt" DATETIME,
    "reviewedAt" DATETIME,
    "reviewerId" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Document_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "interviewSessionId" TEXT,
    "documentId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataItem_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataItem_interviewSessionId_fkey" FOREIGN KEY ("interviewSessionId") REFERENCES "InterviewSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataItem_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataItemDriver" (
    "dataItemId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,

    PRIMARY KEY ("dataItemId", "driverId"),
    CONSTRAINT "DataItemDriver_dataItemId_fkey" FOREIGN KEY ("dataItemId") REFERENCES "DataItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MethodDefinition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "basedOn" TEXT,
    "name" TEXT NOT NULL,
    "organizationId" TEXT,
    "definition" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MethodDefinition_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MethodDefinition_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DriverEvaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,
    "answer" TEXT,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "rationale" TEXT,
    "evaluatorId" TEXT,
    "evaluatedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DriverEvaluation_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DriverEvaluation_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResultSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "methodVersion" TEXT NOT NULL,
    "total" REAL NOT NULL,
    "band" TEXT NOT NULL,
    "successThreshold" TEXT,
    "differential" INTEGER,
    "profile" JSONB NOT NULL,
    "computedById" TEXT,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultSnapshot_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResultSnapshot_computedById_fkey" FOREIGN KEY ("computedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Improvement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "ownerId" TEXT,
    "ownerName" TEXT,
    "dueDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "expectedAnswer" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Improvement_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Improvement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImprovementDataItem" (
    "improvementId" TEXT NOT NULL,
    "dataItemId" TEXT NOT NULL,

    PRIMARY KEY ("improvementId", "dataItemId"),
    CONSTRAINT "ImprovementDataItem_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ImprovementDataItem_dataItemId_fkey" FOREIGN KEY ("dataItemId") REFERENCES "DataItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResultCommunication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "medium" TEXT,
    "communicatedAt" DATETIME NOT NULL,
    "resultSnapshotId" TEXT,
    "notes" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultCommunication_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResultCommunication_resultSnapshotId_fkey" FOREIGN KEY ("resultSnapshotId") REFERENCES "ResultSnapshot" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ResultCommunication_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LessonLearned" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "processUpdate" TEXT,
    "appliedAt" DATETIME,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LessonLearned_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LessonLearned_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "officialName" TEXT,
    "imcId" TEXT,
    "model" TEXT,
    "record" JSONB NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Team_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_state_idx" ON "Engagement"("organizationId", "state");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_latestBand_idx" ON "Engagement"("organizationId", "latestBand");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_updatedAt_idx" ON "Engagement"("organizationId", "updatedAt");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_plannedStart_idx" ON "Engagement"("organizationId", "plannedStart");

-- CreateIndex
CREATE INDEX "Engagement_teamId_idx" ON "Engagement"("teamId");

-- CreateIndex
CREATE INDEX "Engagement_methodId_idx" ON "Engagement"("methodId");

-- CreateIndex
CREATE INDEX "Engagement_previousEngagementId_idx" ON "Engagement"("previousEngagementId");

-- CreateIndex
CREATE INDEX "Engagement_createdById_idx" ON "Engagement"("createdById");

-- CreateIndex
CREATE INDEX "EngagementMember_userId_idx" ON "EngagementMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EngagementMember_engagementId_userId_key" ON "EngagementMember"("engagementId", "userId");

-- CreateIndex
CREATE INDEX "ActivityRecord_completedById_idx" ON "ActivityRecord"("completedById");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRecord_engagementId_activityId_key" ON "ActivityRecord"("engagementId", "activityId");

-- CreateIndex
CREATE INDEX "ChecklistItem_engagementId_ordinal_idx" ON "ChecklistItem"("engagementId", "ordinal");

-- CreateIndex
CREATE INDEX "ChecklistItem_ownerId_idx" ON "ChecklistItem"("ownerId");

-- CreateIndex
CREATE INDEX "ScopeEntry_engagementId_ordinal_idx" ON "ScopeEntry"("engagementId", "ordinal");

-- CreateIndex
CREATE INDEX "InterviewSession_engagementId_heldAt_idx" ON "InterviewSession"("engagementId", "heldAt");

-- CreateIndex
CREATE INDEX "InterviewParticipant_scopeEntryId_idx" ON "InterviewParticipant"("scopeEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewParticipant_sessionId_scopeEntryId_key" ON "InterviewParticipant"("sessionId", "scopeEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewRating_participantId_driverId_key" ON "InterviewRating"("participantId", "driverId");

-- CreateIndex
CREATE INDEX "Document_engagementId_ordinal_idx" ON "Document"("engagementId", "ordinal");

-- CreateIndex
CREATE INDEX "Document_reviewerId_idx" ON "Document"("reviewerId");

-- CreateIndex
CREATE INDEX "DataItem_engagementId_effect_idx" ON "DataItem"("engagementId", "effect");

-- CreateIndex
CREATE INDEX "DataItem_interviewSessionId_idx" ON "DataItem"("interviewSessionId");

-- CreateIndex
CREATE INDEX "DataItem_documentId_idx" ON "DataItem"("documentId");

-- CreateIndex
CREATE INDEX "DataItem_createdById_idx" ON "DataItem"("createdById");

-- CreateIndex
CREATE INDEX "DataItemDriver_driverId_idx" ON "DataItemDriver"("driverId");

-- CreateIndex
CREATE UNIQUE INDEX "MethodDefinition_version_key" ON "MethodDefinition"("version");

-- CreateIndex
CREATE INDEX "MethodDefinition_organizationId_idx" ON "MethodDefinition"("organizationId");

-- CreateIndex
CREATE INDEX "MethodDefinition_createdById_idx" ON "MethodDefinition"("createdById");

-- CreateIndex
CREATE INDEX "DriverEvaluation_evaluatorId_idx" ON "DriverEvaluation"("evaluatorId");

-- CreateIndex
CREATE UNIQUE INDEX "DriverEvaluation_engagementId_driverId_key" ON "DriverEvaluation"("engagementId", "driverId");

-- CreateIndex
CREATE INDEX "ResultSnapshot_engagementId_computedAt_idx" ON "ResultSnapshot"("engagementId", "computedAt");

-- CreateIndex
CREATE INDEX "ResultSnapshot_computedById_idx" ON "ResultSnapshot"("computedById");

-- CreateIndex
CREATE INDEX "Improvement_engagementId_driverId_idx" ON "Improvement"("engagementId", "driverId");

-- CreateIndex
CREATE INDEX "Improvement_ownerId_idx" ON "Improvement"("ownerId");

-- CreateIndex
CREATE INDEX "ImprovementDataItem_dataItemId_idx" ON "ImprovementDataItem"("dataItemId");

-- CreateIndex
CREATE INDEX "ResultCommunication_engagementId_communicatedAt_idx" ON "ResultCommunication"("engagementId", "communicatedAt");

-- CreateIndex
CREATE INDEX "ResultCommunication_resultSnapshotId_idx" ON "ResultCommunication"("resultSnapshotId");

-- CreateIndex
CREATE INDEX "ResultCommunication_createdById_idx" ON "ResultCommunication"("createdById");

-- CreateIndex
CREATE INDEX "LessonLearned_engagementId_idx" ON "LessonLearned"("engagementId");

-- CreateIndex
CREATE INDEX "LessonLearned_authorId_idx" ON "LessonLearned"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Team_organizationId_imcId_idx" ON "Team"("organizationId", "imcId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organizationId_shortName_key" ON "Team"("organizationId", "shortName");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "ApiToken_organizationId_idx" ON "ApiToken"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_idHash_key" ON "Session"("idHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- Hand-written: the audit trail is append-only. Application code never updates or deletes
-- AuditEvent rows; these triggers make the database refuse it too.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;
