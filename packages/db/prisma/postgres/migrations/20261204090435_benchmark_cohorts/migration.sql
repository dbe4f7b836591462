-- AlterTable
ALTER TABLE "Engagement" ADD COLUMN     "constituency" TEXT,
ADD COLUMN     "country" TEXT,
ADD COLUMN     "organizationalModel" TEXT,
ADD COLUMN     "sizeBand" TEXT;

-- CreateTable
CREATE TABLE "BenchmarkParticipation" (
    "organizationId" TEXT NOT NULL,
    "optedInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BenchmarkParticipation_pkey" PRIMARY KEY ("organizationId")
);

-- CreateIndex
CREATE INDEX "Engagement_state_organizationalModel_organizationId_idx" ON "Engagement"("state", "organizationalModel", "organizationId");

-- AddForeignKey
ALTER TABLE "BenchmarkParticipation" ADD CONSTRAINT "BenchmarkParticipation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
