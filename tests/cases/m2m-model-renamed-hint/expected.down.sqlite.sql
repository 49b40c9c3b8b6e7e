-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 9 changes: 5 safe, 1 risky, 3 high
--   H201      high   DropForeignKey "_TagToZpost_A_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_A_fkey" along with table "_TagToZpost"
--   H201      high   DropForeignKey "_TagToZpost_B_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_B_fkey" along with table "_TagToZpost"
--   R104      risky  RenameTable "Zpost" to "Post": renames table "Zpost" to "Post"
--   H201      high   DropTable "_TagToZpost": drops table "_TagToZpost" and all its rows
--   S001      safe   CreateTable "_PostToTag"
--   S003      safe   CreateIndex "_PostToTag_AB_unique" on "_PostToTag"
--   S003      safe   CreateIndex "_PostToTag_B_index" on "_PostToTag"
--   S001      safe   AddForeignKey "_PostToTag_A_fkey" on "_PostToTag"
--   S001      safe   AddForeignKey "_PostToTag_B_fkey" on "_PostToTag"
--
-- This script cannot restore (recreated objects come back empty or with defaults;
-- take their data from the backup made before the migration):
--   - DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" along with table "_PostToTag"
--   - DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" along with table "_PostToTag"
--   - DropTable "_PostToTag": drops table "_PostToTag" and all its rows
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

-- DropTable "_TagToZpost"
-- DESTRUCTIVE: drops table "_TagToZpost" and all its rows
DROP TABLE "_TagToZpost";

-- RenameTable "Zpost" to "Post"
ALTER TABLE "Zpost" RENAME TO "Post";

-- CreateTable "_PostToTag"
CREATE TABLE "_PostToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex "_PostToTag_AB_unique"
CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");

-- CreateIndex "_PostToTag_B_index"
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
