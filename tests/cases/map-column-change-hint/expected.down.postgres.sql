-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "users"."display_name" to "user_name": renames column "users"."display_name" to "user_name"

BEGIN;

-- RenameColumn "users"."display_name" to "user_name"
ALTER TABLE "users" RENAME COLUMN "display_name" TO "user_name";

COMMIT;
