// Rows for the SQLite integration tests (see sqlite_rows.hpp).
#include "tests/corpus/cases/sqlite_rows.hpp"

#include <cstdio>
#include <memory>
#include <string_view>

#include <sqlite3.h>

namespace schemac::test {

namespace {

std::string quote(std::string_view name) {
  std::string out = "\"";
  for (const char c : name) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

struct Finalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

Result<Statement> prepare(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return Error{"cannot prepare `" + sql + "`: " + sqlite3_errmsg(db)};
  }
  return Statement(stmt);
}

Result<bool> exec(sqlite3* db, const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message != nullptr ? message : "unknown error";
    sqlite3_free(message);
    return Error{sql + ": " + text};
  }
  return true;
}

void bind(sqlite3_stmt* stmt, int index, const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Null:
      sqlite3_bind_null(stmt, index);
      break;
    case Cell::Kind::Integer:
      sqlite3_bind_int64(stmt, index, cell.integer);
      break;
    case Cell::Kind::Real:
      sqlite3_bind_double(stmt, index, cell.real);
      break;
    case Cell::Kind::Text:
      sqlite3_bind_text(stmt, index, cell.bytes.data(), static_cast<int>(cell.bytes.size()),
                        SQLITE_TRANSIENT);
      break;
    case Cell::Kind::Blob:
      sqlite3_bind_blob(stmt, index, cell.bytes.data(), static_cast<int>(cell.bytes.size()),
                        SQLITE_TRANSIENT);
      break;
  }
}

Cell column_cell(sqlite3_stmt* stmt, int index) {
  Cell cell;
  switch (sqlite3_column_type(stmt, index)) {
    case SQLITE_INTEGER:
      cell.kind = Cell::Kind::Integer;
      cell.integer = sqlite3_column_int64(stmt, index);
      break;
    case SQLITE_FLOAT:
      cell.kind = Cell::Kind::Real;
      cell.real = sqlite3_column_double(stmt, index);
      break;
    case SQLITE_TEXT: {
      cell.kind = Cell::Kind::Text;
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, index));
      cell.bytes.assign(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, index)));
      break;
    }
    case SQLITE_BLOB: {
      cell.kind = Cell::Kind::Blob;
      const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt, index));
      cell.bytes.assign(blob, static_cast<std::size_t>(sqlite3_column_bytes(stmt, index)));
      break;
    }
    default:
      break;
  }
  return cell;
}

Cell integer(std::int64_t v) {
  Cell c;
  c.kind = Cell::Kind::Integer;
  c.integer = v;
  return c;
}

Cell text(std::string v) {
  Cell c;
  c.kind = Cell::Kind::Text;
  c.bytes = std::move(v);
  return c;
}

// A value of the column's family for row `i`, distinct per row (Boolean aside).
Cell value_for(const ir::Column& column, int i) {
  switch (column.type.family) {
    case ir::TypeFamily::Int:
      return integer(i + 1);
    case ir::TypeFamily::BigInt:
      return integer(5'000'000'000LL + i);  // beyond 32 bits
    case ir::TypeFamily::Float: {
      Cell c;
      c.kind = Cell::Kind::Real;
      c.real = i + 0.5;
      return c;
    }
    case ir::TypeFamily::Decimal: {
      Cell c;
      c.kind = Cell::Kind::Real;
      c.real = i + 0.25;
      return c;
    }
    case ir::TypeFamily::Boolean:
      return integer(i % 2);
    case ir::TypeFamily::DateTime: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "2024-01-%02d 10:%02d:00", 1 + i % 28, i % 60);
      return text(buf);
    }
    case ir::TypeFamily::Json:
      return text("{\"n\":" + std::to_string(i) + "}");
    case ir::TypeFamily::Binary: {
      Cell c;
      c.kind = Cell::Kind::Blob;
      c.bytes = std::string{'\xb0', static_cast<char>(i)};
      return c;
    }
    case ir::TypeFamily::String:
    case ir::TypeFamily::Enum:
    case ir::TypeFamily::Unsupported:
      break;
  }
  return text(column.name + "_" + std::to_string(i));
}

}  // namespace

Result<bool> insert_rows(sqlite3* db, const ir::Schema& schema, int per_table) {
  const auto values = plan_rows(schema, per_table, value_for);
  if (auto r = exec(db, "PRAGMA foreign_keys = ON"); !r) {
    return r;
  }
  if (auto r = exec(db, "BEGIN; PRAGMA defer_foreign_keys = ON"); !r) {
    return r;
  }
  for (std::size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table& table = schema.tables[t];
    if (table.columns.empty()) {
      continue;
    }
    std::string sql = "INSERT INTO " + quote(table.name) + " (";
    std::string params;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      sql += (c > 0 ? ", " : "") + quote(table.columns[c].name);
      params += c > 0 ? ", ?" : "?";
    }
    sql += ") VALUES (" + params + ")";
    auto stmt = prepare(db, sql);
    if (!stmt) {
      (void)exec(db, "ROLLBACK");
      return stmt.error();
    }
    for (const std::vector<Cell>& row : values[t]) {
      sqlite3_reset(stmt.value().get());
      for (std::size_t c = 0; c < row.size(); ++c) {
        bind(stmt.value().get(), static_cast<int>(c + 1), row[c]);
      }
      if (sqlite3_step(stmt.value().get()) != SQLITE_DONE) {
        const std::string message = sqlite3_errmsg(db);
        stmt.value().reset();
        (void)exec(db, "ROLLBACK");
        return Error{"inserting into " + quote(table_key(table)) + ": " + message};
      }
    }
  }
  if (auto r = exec(db, "COMMIT"); !r) {
    (void)exec(db, "ROLLBACK");
    return r;
  }
  return true;
}

Result<Snapshot> read_rows(sqlite3* db, const ir::Schema& schema) {
  Snapshot out;
  for (const ir::Table& table : schema.tables) {
    TableRows rows;
    std::string sql = "SELECT ";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      rows.columns.push_back(table.columns[c].name);
      sql += (c > 0 ? ", " : "") + quote(table.columns[c].name);
    }
    if (table.columns.empty()) {
      sql += "1";
    }
    sql += " FROM " + quote(table.name);
    auto stmt = prepare(db, sql);
    if (!stmt) {
      return stmt.error();
    }
    int rc = 0;
    while ((rc = sqlite3_step(stmt.value().get())) == SQLITE_ROW) {
      Row row;
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        row[table.columns[c].name] = column_cell(stmt.value().get(), static_cast<int>(c));
      }
      rows.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) {
      return Error{"reading " + quote(table_key(table)) + ": " + sqlite3_errmsg(db)};
    }
    out[table_key(table)] = std::move(rows);
  }
  return out;
}

namespace {

// Asks SQLite whether `got` is `want` (IS: 1 IS 1.0, but '1' IS NOT 1), or, with a cast, is
// CAST(want AS type).
class SqliteJudge : public ValueJudge {
 public:
  SqliteJudge() { sqlite3_open(":memory:", &db_); }

  ~SqliteJudge() override { sqlite3_close(db_); }

  SqliteJudge(const SqliteJudge&) = delete;
  SqliteJudge& operator=(const SqliteJudge&) = delete;

  bool same(const Cell& want, const Cell& got, const ir::Column& /*from*/, const ir::Column& to,
            bool type_changed) override {
    if (is(want, got, {})) {
      return true;
    }
    return type_changed && is(want, got, to.type.native.empty() ? "TEXT" : to.type.native);
  }

 private:
  bool is(const Cell& want, const Cell& got, const std::string& cast_to) {
    const std::string sql =
        cast_to.empty() ? "SELECT ?1 IS ?2" : "SELECT CAST(?1 AS " + cast_to + ") IS ?2";
    auto stmt = prepare(db_, sql);
    if (!stmt) {
      return false;
    }
    bind(stmt.value().get(), 1, want);
    bind(stmt.value().get(), 2, got);
    return sqlite3_step(stmt.value().get()) == SQLITE_ROW &&
           sqlite3_column_int(stmt.value().get(), 0) == 1;
  }

  sqlite3* db_ = nullptr;
};

}  // namespace

std::vector<std::string> lost_rows(const Snapshot& before, const Snapshot& after,
                                   const ir::Schema& from, const ir::Schema& to,
                                   const ir::RenameHints& renames) {
  SqliteJudge judge;
  return lost_rows(before, after, from, to, renames, judge);
}

}  // namespace schemac::test
