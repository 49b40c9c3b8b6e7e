-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 1 safe, 0 risky, 0 high
--   S001      safe   CreateTable "Sample"

BEGIN;

-- CreateTable "Sample"
CREATE TABLE "Sample" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "big" BIGINT NOT NULL,
    "ratio" REAL NOT NULL,
    "price" DECIMAL NOT NULL,
    "flag" BOOLEAN NOT NULL,
    "happened" DATETIME NOT NULL,
    "meta" JSONB NOT NULL,
    "blob" BLOB NOT NULL,
    "text" TEXT NOT NULL,
    "maybe" TEXT
);

COMMIT;
