// Rows for the integration tests (see table_rows.hpp).
#include "tests/corpus/cases/table_rows.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <set>
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

std::string table_key(const ir::Table& t) {
  return t.schema_name.empty() ? t.name : t.schema_name + "." + t.name;
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

std::size_t column_index(const ir::Table& table, std::string_view name) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].name == name) {
      return i;
    }
  }
  return table.columns.size();
}

}  // namespace

std::string to_sql(const Cell& cell) {
  switch (cell.kind) {
    case Cell::Kind::Null:
      return "NULL";
    case Cell::Kind::Integer:
      return std::to_string(cell.integer);
    case Cell::Kind::Real: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", cell.real);
      return buf;
    }
    case Cell::Kind::Text:
      return "'" + cell.bytes + "'";
    case Cell::Kind::Blob: {
      std::string out = "x'";
      for (const char c : cell.bytes) {
        char buf[3];
        std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned char>(c));
        out += buf;
      }
      return out + "'";
    }
  }
  return "?";
}

Result<bool> insert_rows(sqlite3* db, const ir::Schema& schema, int per_table) {
  // Every value first, by table and row; foreign-key columns are then copied from the parent's
  // rows until nothing changes (a key may itself be a foreign key of another table).
  std::vector<std::vector<std::vector<Cell>>> values(schema.tables.size());
  for (std::size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table& table = schema.tables[t];
    std::set<std::string> fk_columns;
    for (const ir::ForeignKey& fk : table.foreign_keys) {
      fk_columns.insert(fk.columns.begin(), fk.columns.end());
    }
    for (int i = 0; i < per_table; ++i) {
      std::vector<Cell> row;
      for (const ir::Column& column : table.columns) {
        const bool null_here = i == 0 && column.nullable && fk_columns.count(column.name) == 0;
        row.push_back(null_here ? Cell{} : value_for(column, i));
      }
      values[t].push_back(std::move(row));
    }
  }
  for (int pass = 0; pass < 8; ++pass) {
    bool changed = false;
    for (std::size_t t = 0; t < schema.tables.size(); ++t) {
      const ir::Table& table = schema.tables[t];
      for (std::size_t f = 0; f < table.foreign_keys.size(); ++f) {
        const ir::ForeignKey& fk = table.foreign_keys[f];
        const ir::Table* parent = schema.find_table(fk.referenced_table, fk.referenced_schema);
        if (parent == nullptr) {
          continue;
        }
        const auto p = static_cast<std::size_t>(parent - schema.tables.data());
        const bool self = p == t;
        bool all_nullable = true;
        for (const std::string& c : fk.columns) {
          const std::size_t ci = column_index(table, c);
          all_nullable = all_nullable && ci < table.columns.size() && table.columns[ci].nullable;
        }
        for (int i = 0; i < per_table; ++i) {
          std::optional<int> parent_row;
          if (self) {
            if (i > 0) {
              parent_row = i - 1;
            } else if (!all_nullable) {
              parent_row = 0;
            }
          } else {
            // Each foreign key of the table starts at another parent row, so a join table's
            // rows are (1, 2), (2, 3), … and a swap of its columns shows.
            parent_row = (i + static_cast<int>(f)) % per_table;
          }
          for (std::size_t k = 0; k < fk.columns.size(); ++k) {
            const std::size_t ci = column_index(table, fk.columns[k]);
            const std::size_t pi = column_index(*parent, fk.referenced_columns[k]);
            if (ci >= table.columns.size() || pi >= parent->columns.size()) {
              continue;
            }
            const Cell want =
                parent_row ? values[p][static_cast<std::size_t>(*parent_row)][pi] : Cell{};
            Cell& cell = values[t][static_cast<std::size_t>(i)][ci];
            if (!(cell == want)) {
              cell = want;
              changed = true;
            }
          }
        }
      }
    }
    if (!changed) {
      break;
    }
  }

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

// How one column of a FROM row must reappear in TO.
struct Expectation {
  std::string from_column;
  std::string to_column;
  std::string cast_to;    // TO's native type when the type changed; "" otherwise
  bool backfill = false;  // FROM NULL, TO required: anything but NULL
};

// Asks SQLite whether `got` is `want` (IS: 1 IS 1.0, but '1' IS NOT 1), or, with a cast, is
// CAST(want AS type).
class Judge {
 public:
  Judge() { sqlite3_open(":memory:", &db_); }

  ~Judge() { sqlite3_close(db_); }

  Judge(const Judge&) = delete;
  Judge& operator=(const Judge&) = delete;

  bool same(const Cell& want, const Cell& got, const std::string& cast_to) {
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

 private:
  sqlite3* db_ = nullptr;
};

bool row_matches(const Row& before, const Row& after, const std::vector<Expectation>& expect,
                 Judge& judge) {
  for (const Expectation& e : expect) {
    const Cell& want = before.at(e.from_column);
    const auto it = after.find(e.to_column);
    if (it == after.end()) {
      return false;
    }
    const Cell& got = it->second;
    if (e.backfill && want.kind == Cell::Kind::Null) {
      if (got.kind == Cell::Kind::Null) {
        return false;
      }
      continue;
    }
    if (!judge.same(want, got, {}) && (e.cast_to.empty() || !judge.same(want, got, e.cast_to))) {
      return false;
    }
  }
  return true;
}

std::string show(const Row& row) {
  std::string out = "(";
  bool first = true;
  for (const auto& [name, cell] : row) {
    out += (first ? "" : ", ") + name + "=" + to_sql(cell);
    first = false;
  }
  return out + ")";
}

}  // namespace

std::vector<std::string> lost_rows(const Snapshot& before, const Snapshot& after,
                                   const ir::Schema& from, const ir::Schema& to,
                                   const ir::RenameHints& renames) {
  std::vector<std::string> problems;
  Judge judge;
  for (const ir::Table& from_table : from.tables) {
    std::string to_name = from_table.name;
    for (const ir::TableRename& r : renames.tables) {
      if (r.schema_name == from_table.schema_name && r.from == from_table.name) {
        to_name = r.to;
      }
    }
    const ir::Table* to_table = to.find_table(to_name, from_table.schema_name);
    const auto b = before.find(table_key(from_table));
    if (to_table == nullptr || b == before.end()) {
      continue;  // dropped on purpose
    }
    const auto a = after.find(table_key(*to_table));
    if (a == after.end()) {
      problems.push_back("table " + quote(to_name) + " was not read after the migration");
      continue;
    }
    std::vector<Expectation> expect;
    for (const ir::Column& from_column : from_table.columns) {
      std::string to_column_name = from_column.name;
      for (const ir::ColumnRename& r : renames.columns) {
        if (r.schema_name == from_table.schema_name && r.table == to_name &&
            r.from == from_column.name) {
          to_column_name = r.to;
        }
      }
      const ir::Column* to_column = to_table->find_column(to_column_name);
      if (to_column == nullptr) {
        continue;  // dropped on purpose
      }
      Expectation e{from_column.name, to_column_name, {}, false};
      if (!(from_column.type == to_column->type)) {
        e.cast_to = to_column->type.native.empty() ? "TEXT" : to_column->type.native;
      }
      e.backfill = from_column.nullable && !to_column->nullable;
      expect.push_back(std::move(e));
    }
    const std::vector<Row>& old_rows = b->second.rows;
    const std::vector<Row>& new_rows = a->second.rows;
    if (old_rows.size() != new_rows.size()) {
      problems.push_back("table " + quote(to_name) + " had " + std::to_string(old_rows.size()) +
                         " rows, has " + std::to_string(new_rows.size()));
    }
    std::vector<bool> used(new_rows.size(), false);
    for (const Row& old_row : old_rows) {
      bool found = false;
      for (std::size_t k = 0; k < new_rows.size() && !found; ++k) {
        if (!used[k] && row_matches(old_row, new_rows[k], expect, judge)) {
          used[k] = true;
          found = true;
        }
      }
      if (!found) {
        problems.push_back("table " + quote(to_name) + ": row " + show(old_row) +
                           " is not there after the migration");
      }
    }
  }
  return problems;
}

}  // namespace schemac::test
