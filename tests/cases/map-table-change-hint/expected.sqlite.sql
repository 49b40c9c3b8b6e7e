-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R104      risky  RenameTable "users" to "accounts": renames table "users" to "accounts"

BEGIN;

-- RenameTable "users" to "accounts"
ALTER TABLE "users" RENAME TO "accounts";

COMMIT;
