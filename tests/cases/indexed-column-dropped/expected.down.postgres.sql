-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S002      safe   AddColumn "User"."legacyId"
--   R105,R107 risky  CreateIndex "User_legacyId_key" on "User": adds unique index "User_legacyId_key" on "User"("legacyId"): fails if existing rows hold duplicates; builds index "User_legacyId_key" with a blocking CREATE INDEX: writes to "User" wait until it is built
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropColumn "User"."legacyId": drops column "User"."legacyId" and its data

BEGIN;

-- AlterTable "User"
ALTER TABLE "User" ADD COLUMN     "legacyId" INTEGER;

-- CreateIndex "User_legacyId_key"
CREATE UNIQUE INDEX "User_legacyId_key" ON "User"("legacyId");

COMMIT;
