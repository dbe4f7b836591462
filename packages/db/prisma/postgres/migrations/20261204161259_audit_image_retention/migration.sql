-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "imagesReducedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- Audit retention (issue #23): the one update an audit row allows is the retention job's, once:
-- it sets "imagesReducedAt" (from null) and may rewrite "before"/"after"; who, what and when stay.
-- Deletes and TRUNCATE stay refused by "AuditEvent_reject_change".
CREATE FUNCTION "AuditEvent_reject_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."imagesReducedAt" IS NULL AND NEW."imagesReducedAt" IS NOT NULL
        AND NEW."id" = OLD."id"
        AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
        AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
        AND NEW."actorKind" = OLD."actorKind" AND NEW."operation" = OLD."operation"
        AND NEW."targetType" = OLD."targetType" AND NEW."targetId" = OLD."targetId"
        AND NEW."createdAt" = OLD."createdAt" THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "AuditEvent_reject_change"();
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "AuditEvent_reject_update"();
