-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 2 changes: 0 safe, 0 risky, 2 high
--   H201      high   DropForeignKey "OrderLine_tenantId_orderNumber_fkey" on "OrderLine": drops foreign key "OrderLine_tenantId_orderNumber_fkey" along with table "OrderLine"
--   H201      high   DropTable "OrderLine": drops table "OrderLine" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropForeignKey "OrderLine_tenantId_orderNumber_fkey"
ALTER TABLE "OrderLine" DROP CONSTRAINT "OrderLine_tenantId_orderNumber_fkey";

-- DropTable "OrderLine"
-- DESTRUCTIVE: drops table "OrderLine" and all its rows
DROP TABLE "OrderLine";

COMMIT;
