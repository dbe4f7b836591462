-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "latestMethodDrivers" INTEGER,
ADD COLUMN     "latestScoredDrivers" INTEGER;

-- Backfill: the coverage of each engagement's latest stored result, read from that snapshot's
-- profile (the scored result as computed; older profiles without coverage leave null).
UPDATE "Engagement" e SET
  "latestScoredDrivers" = latest."scored",
  "latestMethodDrivers" = latest."method"
FROM (
  SELECT DISTINCT ON (r."engagementId") r."engagementId",
    (r."profile" -> 'coverage' ->> 'scoredDrivers')::int AS "scored",
    (r."profile" -> 'coverage' ->> 'methodDrivers')::int AS "method"
  FROM "ResultSnapshot" r
  ORDER BY r."engagementId", r."computedAt" DESC, r."id" DESC
) latest
WHERE latest."engagementId" = e."id" AND e."latestBand" IS NOT NULL;
