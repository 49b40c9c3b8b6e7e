// Rows for the integration tests: generated from an IR schema, inserted, read back, compared.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"
#include "support/result.hpp"

struct sqlite3;

namespace schemac::test {

// One value as SQLite stored it (its storage class and its bytes).
struct Cell {
  enum class Kind { Null, Integer, Real, Text, Blob };
  Kind kind = Kind::Null;
  std::int64_t integer = 0;
  double real = 0;
  std::string bytes;  // Text and Blob
  bool operator==(const Cell&) const = default;
};

using Row = std::map<std::string, Cell>;  // column name → value

struct TableRows {
  std::vector<std::string> columns;  // the IR table's columns, in its order
  std::vector<Row> rows;
  bool operator==(const TableRows&) const = default;
};

using Snapshot = std::map<std::string, TableRows>;  // table name → rows

// Inserts `per_table` rows into every table of `schema` (which must describe the database),
// in one transaction with foreign keys enforced and deferred: values valid for each column's
// type family, distinct per row in every column but Boolean ones (so unique indexes hold),
// NULL in the first row of every nullable column that is not a foreign key, and foreign keys
// pointing at rows of the parent (the k-th foreign key of a table at parent row i + k; a
// self-reference at the previous row, the first row's NULL when the columns allow it). Error
// (naming the table and SQLite's message) when SQLite refuses a row.
[[nodiscard]] Result<bool> insert_rows(sqlite3* db, const ir::Schema& schema, int per_table);

// Every row of every table of `schema`, reading exactly the schema's columns.
[[nodiscard]] Result<Snapshot> read_rows(sqlite3* db, const ir::Schema& schema);

// What the migration FROM → TO lost of the rows `before` (read with FROM) that should survive in
// `after` (read with TO), one line each: tables that exist in TO (following `renames`) keep their
// row count, and each row keeps, in every column that still exists (following `renames`), the
// value it had. A column whose type changed may hold the value converted as SQLite's
// `CAST(old AS <TO's native type>)` would convert it (the planner's INSERT … SELECT with casts)
// or the value as it was (a copy into a column whose affinity keeps it); a NULL in a column that
// became required may hold anything but NULL (a backfill). Tables and columns that TO does not
// have are not compared: the migration drops them on purpose.
[[nodiscard]] std::vector<std::string> lost_rows(const Snapshot& before, const Snapshot& after,
                                                 const ir::Schema& from, const ir::Schema& to,
                                                 const ir::RenameHints& renames);

// "12", "1.5", "'text'", "x'b001'", "NULL": a value as SQL would write it, for messages.
[[nodiscard]] std::string to_sql(const Cell& cell);

}  // namespace schemac::test
