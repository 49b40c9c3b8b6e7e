// The statements of one SQLite table rebuild (sqlite.org/lang_altertable.html §7, steps 4-8).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ir/schema.hpp"

namespace schemac::backends::sqlite {

struct Rebuild {
  const ir::Table& from;     // the table as it is now (FROM's definition, FROM's column names)
  const ir::Table& to;       // what it becomes (TO's definition)
  std::string current_name;  // the table's name when the rebuild runs (TO's after a rename)
  // TO column name → FROM column name, for the columns a rename hint pairs.
  std::map<std::string, std::string> renamed_columns;
  // TO column name → SQL expression (`--backfill`), verbatim.
  std::map<std::string, std::string> backfills;
};

struct RenderedRebuild {
  // CREATE TABLE "new_T" (TO's definition), INSERT INTO "new_T" (…) SELECT … FROM "T",
  // DROP TABLE "T", ALTER TABLE "new_T" RENAME TO "T", then every index of TO.
  std::vector<std::string> statements;
  // What the copy loses, one phrase each: dropped columns, narrowing casts.
  std::vector<std::string> losses;
  // What may make the copy fail: a required column without a value for existing rows.
  std::vector<std::string> warnings;
};

// The rebuild's statements. Each TO column is copied from its FROM column (found by the rename
// map, else by name) with:
// - `CAST("c" AS T)` when the declared type changes and T has INTEGER, REAL, TEXT or BLOB
//   affinity. A NUMERIC-affinity target (DATETIME, BOOLEAN, DECIMAL, JSONB, …) is copied as it
//   is: CAST AS NUMERIC turns text that is not a number into 0 (`'2020-01-01'` → 2020), while the
//   new column's affinity converts exactly what converts losslessly;
// - `COALESCE(…, v)` when the column becomes required and a value is known: its backfill, else
//   TO's default;
// - a backfill given for a column that was nullable also fills its NULLs.
// A TO column without a FROM column is given its backfill, or left out of the INSERT so that
// SQLite applies its default (or NULL) to every row, as ADD COLUMN would.
[[nodiscard]] RenderedRebuild render_rebuild(const Rebuild& rebuild);

// `new_T`: the name the new definition is created under (Prisma's temporary name).
[[nodiscard]] std::string rebuild_temporary_name(const std::string& table_name);

}  // namespace schemac::backends::sqlite
