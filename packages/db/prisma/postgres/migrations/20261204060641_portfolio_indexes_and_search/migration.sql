-- DropIndex
DROP INDEX "Engagement_organizationId_state_idx";

-- DropIndex
DROP INDEX "Engagement_organizationId_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Engagement_organizationId_state_id_idx" ON "Engagement"("organizationId", "state", "id");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_updatedAt_id_idx" ON "Engagement"("organizationId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_title_id_idx" ON "Engagement"("organizationId", "title", "id");

-- CreateIndex
CREATE INDEX "Engagement_organizationId_latestTotal_id_idx" ON "Engagement"("organizationId", "latestTotal", "id");

-- Hand-written: search. `EngagementFilter.search` is a case-insensitive substring of the title or
-- the IMC id (`ILIKE '%…%'` with the user's `%`, `_` and `\` escaped); trigram indexes answer it
-- without reading every engagement of the organization. pg_trgm is a trusted extension (any role
-- with CREATE on the database may install it) and ships with PostgreSQL's contrib package. It lives
-- in `public` so that databases with several schemas (one per test run, one per tenant) share it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX "Engagement_title_trgm_idx" ON "Engagement" USING gin ("title" public.gin_trgm_ops);

CREATE INDEX "Engagement_imcId_trgm_idx" ON "Engagement" USING gin ("imcId" public.gin_trgm_ops);
