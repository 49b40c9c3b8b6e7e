-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S001      safe   CreateTable "LegacyImport"

BEGIN;

-- CreateTable "LegacyImport"
CREATE TABLE "LegacyImport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" TEXT NOT NULL
);

COMMIT;
