-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma
--
-- 5 changes: 3 safe, 2 risky, 0 high
--   S003      safe   DropIndex "idx weird order" on "weird table"
--   R104      risky  RenameColumn "weird table"."note" to "select": renames column "weird table"."note" to "select"
--   S002      safe   AddColumn "weird table"."we""ird"
--   R103      risky  AlterColumn "weird table"."order": changes the type of column "weird table"."order" from INTEGER to BIGINT
--   S003      safe   CreateIndex "idx weird order" on "weird table"

-- ForeignKeysOff (before the transaction: DROP TABLE must not fire ON DELETE CASCADE)
PRAGMA foreign_keys=OFF;

BEGIN;

-- CheckForeignKeysOff (stop before any DROP TABLE unless PRAGMA foreign_keys=OFF took effect)
CREATE TEMP TABLE "schemac_foreign_keys_off" ("foreign_keys" INTEGER NOT NULL, CONSTRAINT "foreign_keys_must_be_off_for_rebuild" CHECK ("foreign_keys" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_keys_off" SELECT "foreign_keys" FROM pragma_foreign_keys;
DROP TABLE "schemac_foreign_keys_off";

-- RedefineTable "weird table" (foreign keys off, rows copied)
CREATE TABLE "new_weird table" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "we ird-name" TEXT NOT NULL,
    "order" BIGINT NOT NULL,
    "select" TEXT NOT NULL DEFAULT 'it''s "quoted" 100%',
    "we""ird" TEXT
);
INSERT INTO "new_weird table" ("id", "we ird-name", "order", "select") SELECT "id", "we ird-name", CAST("order" AS BIGINT), "note" FROM "weird table";
DROP TABLE "weird table";
ALTER TABLE "new_weird table" RENAME TO "weird table";
CREATE INDEX "idx weird order" ON "weird table"("order" DESC);

-- ForeignKeyCheck (roll the transaction back on any violation)
CREATE TEMP TABLE "schemac_foreign_key_check" ("violations" INTEGER NOT NULL, CONSTRAINT "foreign_key_violations_found" CHECK ("violations" = 0));
INSERT OR ROLLBACK INTO "schemac_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE "schemac_foreign_key_check";

COMMIT;

-- ForeignKeysOn
PRAGMA foreign_keys=ON;
