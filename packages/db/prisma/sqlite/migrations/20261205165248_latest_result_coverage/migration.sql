-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN "latestMethodDrivers" INTEGER;
ALTER TABLE "Engagement" ADD COLUMN "latestScoredDrivers" INTEGER;

-- Backfill: the coverage of each engagement's latest stored result, read from that snapshot's
-- profile (the scored result as computed; older profiles without coverage leave null).
UPDATE "Engagement" SET
  "latestScoredDrivers" = (
    SELECT json_extract(r."profile", '$.coverage.scoredDrivers') FROM "ResultSnapshot" r
    WHERE r."engagementId" = "Engagement"."id" ORDER BY r."computedAt" DESC, r."id" DESC LIMIT 1
  ),
  "latestMethodDrivers" = (
    SELECT json_extract(r."profile", '$.coverage.methodDrivers') FROM "ResultSnapshot" r
    WHERE r."engagementId" = "Engagement"."id" ORDER BY r."computedAt" DESC, r."id" DESC LIMIT 1
  )
WHERE "latestBand" IS NOT NULL;
