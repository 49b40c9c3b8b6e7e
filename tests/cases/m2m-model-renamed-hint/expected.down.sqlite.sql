-- schemac 0.1.0 reverse migration script (sqlite)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 12 changes: 3 safe, 7 risky, 2 high
--   H204      high   DropForeignKey "_TagToZpost_A_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_A_fkey" on "_TagToZpost"("A") referencing "Tag"("id")
--   H204      high   DropForeignKey "_TagToZpost_B_fkey" on "_TagToZpost": drops foreign key "_TagToZpost_B_fkey" on "_TagToZpost"("B") referencing "Zpost"("id")
--   S003      safe   DropIndex "_TagToZpost_AB_unique" on "_TagToZpost"
--   S003      safe   DropIndex "_TagToZpost_B_index" on "_TagToZpost"
--   R104      risky  RenameTable "Zpost" to "Post": renames table "Zpost" to "Post"
--   R104      risky  RenameTable "_TagToZpost" to "_PostToTag": renames table "_TagToZpost" to "_PostToTag"
--   R104      risky  RenameColumn "_PostToTag"."B" to "A": renames column "_PostToTag"."B" to "A"
--   R104      risky  RenameColumn "_PostToTag"."A" to "B": renames column "_PostToTag"."A" to "B"
--   R105      risky  CreateIndex "_PostToTag_AB_unique" on "_PostToTag": adds unique index "_PostToTag_AB_unique" on "_PostToTag"("A", "B"): fails if existing rows hold duplicates
--   S003      safe   CreateIndex "_PostToTag_B_index" on "_PostToTag"
--   R106      risky  AddForeignKey "_PostToTag_A_fkey" on "_PostToTag": adds foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_PostToTag_B_fkey" on "_PostToTag": adds foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id"): fails on orphaned rows and locks both tables

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RenameTable "Zpost" to "Post"
ALTER TABLE "Zpost" RENAME TO "Post";

-- RenameTable "_TagToZpost" to "_PostToTag"
ALTER TABLE "_TagToZpost" RENAME TO "_PostToTag";

-- RedefineTable "_PostToTag" (foreign keys off, rows copied)
CREATE TABLE "new__PostToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new__PostToTag" ("A", "B") SELECT "B", "A" FROM "_PostToTag";
DROP TABLE "_PostToTag";
ALTER TABLE "new__PostToTag" RENAME TO "_PostToTag";
CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
