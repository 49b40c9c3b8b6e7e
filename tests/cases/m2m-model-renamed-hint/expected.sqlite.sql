-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 12 changes: 3 safe, 7 risky, 2 high
--   H204      high   DropForeignKey "_PostToTag_A_fkey" on "_PostToTag": drops foreign key "_PostToTag_A_fkey" on "_PostToTag"("A") referencing "Post"("id")
--   H204      high   DropForeignKey "_PostToTag_B_fkey" on "_PostToTag": drops foreign key "_PostToTag_B_fkey" on "_PostToTag"("B") referencing "Tag"("id")
--   S003      safe   DropIndex "_PostToTag_AB_unique" on "_PostToTag"
--   S003      safe   DropIndex "_PostToTag_B_index" on "_PostToTag"
--   R104      risky  RenameTable "Post" to "Zpost": renames table "Post" to "Zpost"
--   R104      risky  RenameTable "_PostToTag" to "_TagToZpost": renames table "_PostToTag" to "_TagToZpost"
--   R104      risky  RenameColumn "_TagToZpost"."B" to "A": renames column "_TagToZpost"."B" to "A"
--   R104      risky  RenameColumn "_TagToZpost"."A" to "B": renames column "_TagToZpost"."A" to "B"
--   R105      risky  CreateIndex "_TagToZpost_AB_unique" on "_TagToZpost": adds unique index "_TagToZpost_AB_unique" on "_TagToZpost"("A", "B"): fails if existing rows hold duplicates
--   S003      safe   CreateIndex "_TagToZpost_B_index" on "_TagToZpost"
--   R106      risky  AddForeignKey "_TagToZpost_A_fkey" on "_TagToZpost": adds foreign key "_TagToZpost_A_fkey" on "_TagToZpost"("A") referencing "Tag"("id"): fails on orphaned rows and locks both tables
--   R106      risky  AddForeignKey "_TagToZpost_B_fkey" on "_TagToZpost": adds foreign key "_TagToZpost_B_fkey" on "_TagToZpost"("B") referencing "Zpost"("id"): fails on orphaned rows and locks both tables

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RenameTable "Post" to "Zpost"
ALTER TABLE "Post" RENAME TO "Zpost";

-- RenameTable "_PostToTag" to "_TagToZpost"
ALTER TABLE "_PostToTag" RENAME TO "_TagToZpost";

-- RedefineTable "_TagToZpost" (foreign keys off, rows copied)
CREATE TABLE "new__TagToZpost" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_TagToZpost_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_TagToZpost_B_fkey" FOREIGN KEY ("B") REFERENCES "Zpost" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new__TagToZpost" ("A", "B") SELECT "B", "A" FROM "_TagToZpost";
DROP TABLE "_TagToZpost";
ALTER TABLE "new__TagToZpost" RENAME TO "_TagToZpost";
CREATE UNIQUE INDEX "_TagToZpost_AB_unique" ON "_TagToZpost"("A", "B");
CREATE INDEX "_TagToZpost_B_index" ON "_TagToZpost"("B");

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
