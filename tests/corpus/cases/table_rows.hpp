// Rows for the integration tests, dialect-neutral: the values generated for an IR schema (with
// foreign keys pointing at parent rows) and the check that a migration kept them. The dialects'
// halves insert, read and compare values: sqlite_rows.hpp here, and
// tests/corpus/postgres_cases/postgres_rows.hpp.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::test {

// One value as the database returned it: SQLite's storage class and bytes; PostgreSQL's text
// output (Text) or NULL.
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

// "schema.table", or the table's name in the default namespace: the key of a Snapshot.
[[nodiscard]] std::string table_key(const ir::Table& table);

// The dialect's value of the column's type for row `i`: distinct per row (Boolean aside).
using ValueFor = std::function<Cell(const ir::Column& column, int row)>;

// Values for `per_table` rows of every table of `schema`, by table (the schema's order), row and
// column (the table's order): `value_for` everywhere, NULL in the first row of every nullable
// column that is not a foreign key's, and foreign keys pointing at rows of the parent (the k-th
// foreign key of a table at parent row i + k; a self-reference at the previous row, the first
// row's NULL when the columns allow it). A foreign key whose parent column is itself a foreign
// key's takes the value the parent finally holds.
[[nodiscard]] std::vector<std::vector<std::vector<Cell>>> plan_rows(const ir::Schema& schema,
                                                                    int per_table,
                                                                    const ValueFor& value_for);

// Whether a value read from a column survived a migration that changed its type.
class ValueJudge {
 public:
  virtual ~ValueJudge() = default;
  // `want` as read from column `from` before, `got` as read from column `to` after; their types
  // differ when `type_changed`.
  [[nodiscard]] virtual bool same(const Cell& want, const Cell& got, const ir::Column& from,
                                  const ir::Column& to, bool type_changed) = 0;
};

// What the migration FROM → TO lost of the rows `before` (read with FROM) that should survive in
// `after` (read with TO), one line each: tables that exist in TO (following `renames`) keep their
// row count, and each row keeps, in every column that still exists (following `renames`), the
// value it had as `judge` decides; a NULL in a column that became required may hold anything
// but NULL (a backfill). Tables and columns that TO does not have are not compared: the
// migration drops them on purpose.
[[nodiscard]] std::vector<std::string> lost_rows(const Snapshot& before, const Snapshot& after,
                                                 const ir::Schema& from, const ir::Schema& to,
                                                 const ir::RenameHints& renames, ValueJudge& judge);

// "12", "1.5", "'text'", "x'b001'", "NULL": a value as SQL would write it, for messages.
[[nodiscard]] std::string to_sql(const Cell& cell);

}  // namespace schemac::test
