-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S001      safe   CreateTable "OrderLine"
--   S001      safe   AddForeignKey "OrderLine_tenantId_orderNumber_fkey" on "OrderLine"

BEGIN;

-- CreateTable "OrderLine"
CREATE TABLE "OrderLine" (
    "id" SERIAL NOT NULL,
    "tenantId" INTEGER NOT NULL,
    "orderNumber" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey "OrderLine_tenantId_orderNumber_fkey"
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_tenantId_orderNumber_fkey" FOREIGN KEY ("tenantId", "orderNumber") REFERENCES "Order"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
