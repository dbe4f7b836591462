-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "imagesReducedAt" DATETIME;

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- Audit retention (issue #23): the one update an audit row allows is the retention job's, once:
-- it sets "imagesReducedAt" (from null) and may rewrite "before"/"after"; who, what and when stay.
DROP TRIGGER "AuditEvent_no_update";
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
WHEN NOT (
    OLD."imagesReducedAt" IS NULL AND NEW."imagesReducedAt" IS NOT NULL
    AND NEW."id" IS OLD."id" AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."actorId" IS OLD."actorId" AND NEW."actorKind" IS OLD."actorKind"
    AND NEW."operation" IS OLD."operation" AND NEW."targetType" IS OLD."targetType"
    AND NEW."targetId" IS OLD."targetId" AND NEW."createdAt" IS OLD."createdAt"
)
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only');
END;
