-- CreateTable
CREATE TABLE "Order" (
    "tenantId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "total" DECIMAL NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
