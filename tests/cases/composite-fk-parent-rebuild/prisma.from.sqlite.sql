-- CreateTable
CREATE TABLE "Order" (
    "tenantId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "total" DECIMAL NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tenantId" INTEGER NOT NULL,
    "orderNumber" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    CONSTRAINT "OrderLine_tenantId_orderNumber_fkey" FOREIGN KEY ("tenantId", "orderNumber") REFERENCES "Order" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);
