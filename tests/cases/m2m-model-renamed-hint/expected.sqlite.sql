-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 9 changes: 5 safe, 1 risky, 3 high
--   H201      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" along with table "_PostToTag"
--   H201      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" along with table "_PostToTag"
--   R104      risky  RenameTable "Post" to "Zpost": renames table "Post" to "Zpost"
--   H201      high   DropTable "_PostToTag": drops table "_PostToTag" and all its rows
--   S001      safe   CreateTable "_TagToZpost"
--   S003      safe   CreateIndex "_TagToZpost_AB_unique" on "_TagToZpost"
--   S003      safe   CreateIndex "_TagToZpost_B_index" on "_TagToZpost"
--   S001      safe   AddForeignKey "_TagToZpost_A_fkey" on "_TagToZpost"
--   S001      safe   AddForeignKey "_TagToZpost_B_fkey" on "_TagToZpost"
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- DropTable "_PostToTag"
-- DESTRUCTIVE: drops table "_PostToTag" and all its rows
DROP TABLE "_PostToTag";

-- RenameTable "Post" to "Zpost"
ALTER TABLE "Post" RENAME TO "Zpost";

-- CreateTable "_TagToZpost"
CREATE TABLE "_TagToZpost" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_TagToZpost_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_TagToZpost_B_fkey" FOREIGN KEY ("B") REFERENCES "Zpost" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex "_TagToZpost_AB_unique"
CREATE UNIQUE INDEX "_TagToZpost_AB_unique" ON "_TagToZpost"("A", "B");

-- CreateIndex "_TagToZpost_B_index"
CREATE INDEX "_TagToZpost_B_index" ON "_TagToZpost"("B");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
