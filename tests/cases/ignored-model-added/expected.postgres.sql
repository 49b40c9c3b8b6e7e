-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S001      safe   CreateTable "LegacyImport"

BEGIN;

-- CreateTable "LegacyImport"
CREATE TABLE "LegacyImport" (
    "id" SERIAL NOT NULL,
    "payload" TEXT NOT NULL,

    CONSTRAINT "LegacyImport_pkey" PRIMARY KEY ("id")
);

COMMIT;
