-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 1 risky, 0 high
--   R104      risky  RenameColumn "users"."user_name" to "display_name": renames column "users"."user_name" to "display_name"

BEGIN;

-- RenameColumn "users"."user_name" to "display_name"
ALTER TABLE "users" RENAME COLUMN "user_name" TO "display_name";

COMMIT;
