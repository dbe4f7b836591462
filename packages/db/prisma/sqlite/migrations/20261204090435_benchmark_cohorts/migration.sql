-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN "constituency" TEXT;
ALTER TABLE "Engagement" ADD COLUMN "country" TEXT;
ALTER TABLE "Engagement" ADD COLUMN "organizationalModel" TEXT;
ALTER TABLE "Engagement" ADD COLUMN "sizeBand" TEXT;

-- CreateTable
CREATE TABLE "BenchmarkParticipation" (
    "organizationId" TEXT NOT NULL PRIMARY KEY,
    "optedInAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BenchmarkParticipation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Engagement_state_organizationalModel_organizationId_idx" ON "Engagement"("state", "organizationalModel", "organizationId");
