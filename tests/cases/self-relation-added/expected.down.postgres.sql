-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 0 risky, 2 high
--   H204      high   DropForeignKey "Employee_managerId_fkey" on "Employee": drops foreign key "Employee_managerId_fkey" on "Employee"("managerId") referencing "Employee"("id")
--   H202      high   DropColumn "Employee"."managerId": drops column "Employee"."managerId" and its data
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "Employee_managerId_fkey"
ALTER TABLE "Employee" DROP CONSTRAINT "Employee_managerId_fkey";

-- AlterTable "Employee"
-- DESTRUCTIVE: drops column "Employee"."managerId" and its data
ALTER TABLE "Employee" DROP COLUMN "managerId";

COMMIT;
