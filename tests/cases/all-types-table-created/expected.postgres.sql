-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S001      safe   CreateTable "Sample"

BEGIN;

-- CreateTable "Sample"
CREATE TABLE "Sample" (
    "id" SERIAL NOT NULL,
    "big" BIGINT NOT NULL,
    "ratio" DOUBLE PRECISION NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "flag" BOOLEAN NOT NULL,
    "happened" TIMESTAMP(3) NOT NULL,
    "meta" JSONB NOT NULL,
    "blob" BYTEA NOT NULL,
    "text" TEXT NOT NULL,
    "maybe" TEXT,

    CONSTRAINT "Sample_pkey" PRIMARY KEY ("id")
);

COMMIT;
