-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 1 safe, 1 risky, 0 high
--   S002      safe   AddColumn "Employee"."managerId"
--   R106      risky  AddForeignKey "Employee_managerId_fkey" on "Employee": adds foreign key "Employee_managerId_fkey" on "Employee"("managerId") referencing "Employee"("id"): fails on orphaned rows and locks both tables

BEGIN;

-- AlterTable "Employee"
ALTER TABLE "Employee" ADD COLUMN     "managerId" INTEGER;

-- AddForeignKey "Employee_managerId_fkey"
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

COMMIT;
