-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 3 changes: 1 safe, 2 risky, 0 high
--   R104      risky  RenameTable "Customer" to "customers": renames table "Customer" to "customers"
--   R104      risky  RenameColumn "customers"."firstName" to "first_name": renames column "customers"."firstName" to "first_name"
--   S003      safe   ChangePrimaryKey "customers"

BEGIN;

-- RenameTable "Customer" to "customers"
ALTER TABLE "Customer" RENAME TO "customers";

-- RenameColumn "customers"."firstName" to "first_name"
ALTER TABLE "customers" RENAME COLUMN "firstName" TO "first_name";

-- RenamePrimaryKey "Customer_pkey" to "customers_pkey"
ALTER TABLE "customers" RENAME CONSTRAINT "Customer_pkey" TO "customers_pkey";

COMMIT;
