-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "User"."fullName" to "name": renames column "User"."fullName" to "name"

BEGIN;

-- RenameColumn "User"."fullName" to "name"
ALTER TABLE "User" RENAME COLUMN "fullName" TO "name";

COMMIT;
