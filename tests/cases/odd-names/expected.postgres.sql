-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S001      safe   CreateTable "weird table"
--   S003      safe   CreateIndex "idx weird order" on "weird table"

BEGIN;

-- CreateTable "weird table"
CREATE TABLE "weird table" (
    "id" SERIAL NOT NULL,
    "we ird-name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "we""ird" TEXT NOT NULL,

    CONSTRAINT "weird table_pkey" PRIMARY KEY ("id")
);

-- CreateIndex "idx weird order"
CREATE INDEX "idx weird order" ON "weird table"("order");

COMMIT;
