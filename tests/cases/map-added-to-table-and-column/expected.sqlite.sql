-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 0 safe, 2 risky, 0 high
--   R104      risky  RenameTable "Customer" to "customers": renames table "Customer" to "customers"
--   R104      risky  RenameColumn "customers"."firstName" to "first_name": renames column "customers"."firstName" to "first_name"

BEGIN;

-- RenameTable "Customer" to "customers"
ALTER TABLE "Customer" RENAME TO "customers";

-- RenameColumn "customers"."firstName" to "first_name"
ALTER TABLE "customers" RENAME COLUMN "firstName" TO "first_name";

COMMIT;
