-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R104      risky  RenameTable "accounts" to "users": renames table "accounts" to "users"

BEGIN;

-- RenameTable "accounts" to "users"
ALTER TABLE "accounts" RENAME TO "users";

COMMIT;
