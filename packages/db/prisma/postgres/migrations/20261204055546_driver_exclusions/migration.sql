-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ResultSnapshot" ADD COLUMN     "dataVersion" INTEGER,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "supersededReason" TEXT;

-- CreateTable
CREATE TABLE "DriverExclusion" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "driverId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "origin" TEXT NOT NULL DEFAULT 'tailoring',

    CONSTRAINT "DriverExclusion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DriverExclusion_decidedById_idx" ON "DriverExclusion"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "DriverExclusion_engagementId_driverId_key" ON "DriverExclusion"("engagementId", "driverId");

-- AddForeignKey
ALTER TABLE "DriverExclusion" ADD CONSTRAINT "DriverExclusion_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverExclusion" ADD CONSTRAINT "DriverExclusion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: every stored evaluation-time "not applicable" becomes a tailoring decision of origin
-- `migrated` (decided by whoever ticked it, when they did), with one audit event per converted row;
-- the retired flag is then reset. Ids are random UUIDs (v4), not the app's v7.
INSERT INTO "DriverExclusion" ("id", "engagementId", "driverId", "reason", "decidedById", "decidedAt", "origin")
SELECT gen_random_uuid()::text, "engagementId", "driverId", 'migrated from evaluation-time not-applicable',
       "evaluatorId", COALESCE("evaluatedAt", "updatedAt"), 'migrated'
FROM "DriverEvaluation" WHERE "notApplicable";

INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorKind", "operation", "targetType", "targetId", "before", "after")
SELECT gen_random_uuid()::text, e."organizationId", NULL, 'system', 'exclusion.migrate', 'DriverExclusion', x."id",
       jsonb_build_object('evaluationId', ev."id", 'driverId', ev."driverId", 'notApplicable', true),
       jsonb_build_object('engagementId', x."engagementId", 'driverId', x."driverId", 'reason', x."reason",
                          'decidedById', x."decidedById", 'origin', x."origin")
FROM "DriverExclusion" x
JOIN "Engagement" e ON e."id" = x."engagementId"
JOIN "DriverEvaluation" ev ON ev."engagementId" = x."engagementId" AND ev."driverId" = x."driverId"
WHERE x."origin" = 'migrated';

UPDATE "DriverEvaluation" SET "notApplicable" = false, "answer" = NULL WHERE "notApplicable";
