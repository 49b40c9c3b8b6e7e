// Running one read-only query of the introspectors and reading its columns.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <sqlite3.h>

#include "support/result.hpp"

namespace schemac::backends::sqlite {

struct FinalizeStatement {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};

// Prepares `sql` and calls `each_row` with the statement positioned on each row; an Error
// (SQLite's message) when the query cannot be prepared or a step fails.
template <typename F>
[[nodiscard]] Result<bool> for_each_row(sqlite3* db, const char* sql, F&& each_row) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) {
    return Error{fmt::format("cannot read the database schema: {}", sqlite3_errmsg(db))};
  }
  const std::unique_ptr<sqlite3_stmt, FinalizeStatement> stmt(raw);
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    each_row(stmt.get());
  }
  if (rc != SQLITE_DONE) {
    return Error{fmt::format("cannot read the database schema: {}", sqlite3_errmsg(db))};
  }
  return true;
}

// Column `col` as text ("" for NULL).
inline std::string column_text(sqlite3_stmt* stmt, int col) {
  const auto* p = sqlite3_column_text(stmt, col);
  return p != nullptr ? std::string(reinterpret_cast<const char*>(p)) : std::string();
}

inline bool column_is_null(sqlite3_stmt* stmt, int col) {
  return sqlite3_column_type(stmt, col) == SQLITE_NULL;
}

inline std::int64_t column_integer(sqlite3_stmt* stmt, int col) {
  return sqlite3_column_int64(stmt, col);
}

}  // namespace schemac::backends::sqlite
