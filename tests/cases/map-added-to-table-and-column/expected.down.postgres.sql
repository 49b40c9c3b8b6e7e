-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 3 changes: 1 safe, 2 risky, 0 high
--   R104      risky  RenameTable "customers" to "Customer": renames table "customers" to "Customer"
--   R104      risky  RenameColumn "Customer"."first_name" to "firstName": renames column "Customer"."first_name" to "firstName"
--   S003      safe   ChangePrimaryKey "Customer"

BEGIN;

-- RenameTable "customers" to "Customer"
ALTER TABLE "customers" RENAME TO "Customer";

-- RenameColumn "Customer"."first_name" to "firstName"
ALTER TABLE "Customer" RENAME COLUMN "first_name" TO "firstName";

-- RenamePrimaryKey "customers_pkey" to "Customer_pkey"
ALTER TABLE "Customer" RENAME CONSTRAINT "customers_pkey" TO "Customer_pkey";

COMMIT;
