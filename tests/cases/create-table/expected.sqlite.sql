-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 2 changes: 2 safe, 0 risky, 0 high
--   S001      safe   CreateTable "Tag"
--   S003      safe   CreateIndex "Tag_label_key" on "Tag"

BEGIN;

-- CreateTable "Tag"
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL,
    "color" TEXT NOT NULL DEFAULT 'gray'
);

-- CreateIndex "Tag_label_key"
CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");

COMMIT;
