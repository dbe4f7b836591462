-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN "planNotes" JSONB;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN "authorityAnalysis" TEXT;
ALTER TABLE "Team" ADD COLUMN "authorityResponse" TEXT;

-- Data: stored records with the old single `authority` get {analysis, response} at that level
-- (what the inventory parser now reads the old key as), and the new columns are filled.
UPDATE "Team" SET "record" = json_set("record", '$.authority', json_object('analysis', json_extract("record", '$.authority'), 'response', json_extract("record", '$.authority'))) WHERE json_type("record", '$.authority') = 'text';
UPDATE "Team" SET "authorityAnalysis" = json_extract("record", '$.authority.analysis'), "authorityResponse" = json_extract("record", '$.authority.response') WHERE json_type("record", '$.authority') = 'object';
