-- AlterTable
ALTER TABLE "User" ADD COLUMN "preferredLocale" TEXT;
