-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "planNotes" JSONB;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "authorityAnalysis" TEXT,
ADD COLUMN     "authorityResponse" TEXT;

-- Data: stored records with the old single `authority` get {analysis, response} at that level
-- (what the inventory parser now reads the old key as), and the new columns are filled.
UPDATE "Team" SET "record" = jsonb_set("record", '{authority}', jsonb_build_object('analysis', "record"->'authority', 'response', "record"->'authority')) WHERE jsonb_typeof("record"->'authority') = 'string';
UPDATE "Team" SET "authorityAnalysis" = "record"->'authority'->>'analysis', "authorityResponse" = "record"->'authority'->>'response' WHERE jsonb_typeof("record"->'authority') = 'object';
