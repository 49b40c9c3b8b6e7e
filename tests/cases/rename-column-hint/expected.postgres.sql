-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "User"."name" to "fullName": renames column "User"."name" to "fullName"

BEGIN;

-- RenameColumn "User"."name" to "fullName"
ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";

COMMIT;
