-- AlterTable
ALTER TABLE "ResultSnapshot" ADD COLUMN "dataVersion" INTEGER;
ALTER TABLE "ResultSnapshot" ADD COLUMN "supersededAt" DATETIME;
ALTER TABLE "ResultSnapshot" ADD COLUMN "supersededReason" TEXT;

-- CreateTable
CREATE TABLE "DriverExclusion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "engagementId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "origin" TEXT NOT NULL DEFAULT 'tailoring',
    CONSTRAINT "DriverExclusion_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DriverExclusion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable (a plain ADD COLUMN: same result as the generated table rebuild, without copying rows)
ALTER TABLE "Engagement" ADD COLUMN "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "DriverExclusion_decidedById_idx" ON "DriverExclusion"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "DriverExclusion_engagementId_driverId_key" ON "DriverExclusion"("engagementId", "driverId");

-- Data: every stored evaluation-time "not applicable" becomes a tailoring decision of origin
-- `migrated` (decided by whoever ticked it, when they did), with one audit event per converted row;
-- the retired flag is then reset. Ids are random UUIDs (v4 layout), not the app's v7.
INSERT INTO "DriverExclusion" ("id", "engagementId", "driverId", "reason", "decidedById", "decidedAt", "origin")
SELECT
    lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
          substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
    "engagementId", "driverId", 'migrated from evaluation-time not-applicable', "evaluatorId",
    COALESCE("evaluatedAt", "updatedAt"), 'migrated'
FROM "DriverEvaluation" WHERE "notApplicable" = 1;

INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorKind", "operation", "targetType", "targetId", "before", "after")
SELECT
    lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
          substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
    e."organizationId", NULL, 'system', 'exclusion.migrate', 'DriverExclusion', x."id",
    json_object('evaluationId', ev."id", 'driverId', ev."driverId", 'notApplicable', json('true')),
    json_object('engagementId', x."engagementId", 'driverId', x."driverId", 'reason', x."reason",
                'decidedById', x."decidedById", 'origin', x."origin")
FROM "DriverExclusion" x
JOIN "Engagement" e ON e."id" = x."engagementId"
JOIN "DriverEvaluation" ev ON ev."engagementId" = x."engagementId" AND ev."driverId" = x."driverId"
WHERE x."origin" = 'migrated';

UPDATE "DriverEvaluation" SET "notApplicable" = 0, "answer" = NULL WHERE "notApplicable" = 1;
