// Rows for the PostgreSQL integration tests (see postgres_rows.hpp).
#include "tests/corpus/postgres_cases/postgres_rows.hpp"

#include <cstdio>

#include "backends/postgres/quote.hpp"
#include "backends/postgres/types.hpp"

namespace schemac::test {

namespace pg = backends::postgres;

namespace {

Cell text(std::string v) {
  Cell c;
  c.kind = Cell::Kind::Text;
  c.bytes = std::move(v);
  return c;
}

std::string table_name(const ir::Table& t) {
  return t.schema_name.empty() ? pg::quote_identifier(t.name)
                               : pg::qualified_name(t.schema_name, t.name);
}

// The element value of row `i` as PostgreSQL reads it from text; distinct per row but Boolean.
std::string element_for(const ir::Schema& schema, const ir::Column& column, int i) {
  char buf[64];
  switch (column.type.family) {
    case ir::TypeFamily::Int:
      return std::to_string(i + 1);
    case ir::TypeFamily::BigInt:
      return std::to_string(5'000'000'000LL + i);  // beyond 32 bits
    case ir::TypeFamily::Float:
      return std::to_string(i) + ".5";
    case ir::TypeFamily::Decimal:
      return std::to_string(i) + ".25";
    case ir::TypeFamily::Boolean:
      return i % 2 == 1 ? "true" : "false";
    case ir::TypeFamily::DateTime:
      std::snprintf(buf, sizeof buf, "2024-01-%02d 10:%02d:00", 1 + i % 28, i % 60);
      return buf;
    case ir::TypeFamily::Json:
      return "{\"n\": " + std::to_string(i) + "}";
    case ir::TypeFamily::Binary:
      std::snprintf(buf, sizeof buf, "\\xb0%02x", i & 0xff);
      return buf;
    case ir::TypeFamily::Enum:
      if (const ir::Enum* e = schema.find_enum(column.type.native, column.type.enum_schema);
          e != nullptr && !e->values.empty()) {
        return e->values[static_cast<std::size_t>(i) % e->values.size()];
      }
      break;
    case ir::TypeFamily::String:
    case ir::TypeFamily::Unsupported:
      break;
  }
  return column.name + "_" + std::to_string(i);
}

// An array literal of one element: `{"…"}`, with `"` and `\` escaped.
std::string array_of(const std::string& element) {
  std::string out = "{\"";
  for (const char c : element) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"}";
}

std::string select_columns(const ir::Table& table) {
  std::string sql = "SELECT ";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    sql += (c > 0 ? ", " : "") + pg::quote_identifier(table.columns[c].name);
  }
  if (table.columns.empty()) {
    sql += "1";
  }
  return sql + " FROM " + table_name(table);
}

}  // namespace

Result<bool> insert_rows(pg::Connection& db, const ir::Schema& schema, int per_table) {
  const auto values = plan_rows(schema, per_table, [&](const ir::Column& column, int i) {
    const std::string element = element_for(schema, column, i);
    return text(column.type.is_array ? array_of(element) : element);
  });
  std::string script = "BEGIN;\nSET LOCAL session_replication_role = replica;\n";
  for (std::size_t t = 0; t < schema.tables.size(); ++t) {
    const ir::Table& table = schema.tables[t];
    if (table.columns.empty()) {
      continue;
    }
    std::string sql = "INSERT INTO " + table_name(table) + " (";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      sql += (c > 0 ? ", " : "") + pg::quote_identifier(table.columns[c].name);
    }
    sql += ") VALUES ";
    for (std::size_t r = 0; r < values[t].size(); ++r) {
      sql += r > 0 ? ", (" : "(";
      for (std::size_t c = 0; c < values[t][r].size(); ++c) {
        const Cell& cell = values[t][r][c];
        sql +=
            (c > 0 ? ", " : "") +
            (cell.kind == Cell::Kind::Null ? std::string("NULL") : pg::quote_literal(cell.bytes));
      }
      sql += ")";
    }
    script += sql + ";\n";
  }
  script += "COMMIT;\n";
  if (auto r = db.execute_script(script); !r) {
    return Error{"inserting rows: " + r.error().message + "\n" + script};
  }
  return true;
}

Result<Snapshot> read_rows(pg::Connection& db, const ir::Schema& schema) {
  Snapshot out;
  for (const ir::Table& table : schema.tables) {
    auto rows = db.query(select_columns(table));
    if (!rows) {
      return Error{"reading " + table_name(table) + ": " + rows.error().message};
    }
    TableRows read;
    for (const ir::Column& c : table.columns) {
      read.columns.push_back(c.name);
    }
    for (const auto& values : rows.value().values) {
      Row row;
      for (std::size_t c = 0; c < table.columns.size() && c < values.size(); ++c) {
        row[table.columns[c].name] = values[c] ? text(*values[c]) : Cell{};
      }
      read.rows.push_back(std::move(row));
    }
    out[table_key(table)] = std::move(read);
  }
  return out;
}

namespace {

class PostgresJudge : public ValueJudge {
 public:
  explicit PostgresJudge(pg::Connection& db) : db_(db) {}

  bool same(const Cell& want, const Cell& got, const ir::Column& from, const ir::Column& to,
            bool type_changed) override {
    if (want == got) {
      return true;
    }
    if (!type_changed || want.kind == Cell::Kind::Null || got.kind == Cell::Kind::Null) {
      return false;
    }
    const std::string to_type = pg::cast_type_text(to);
    for (const std::string& via : {"::" + pg::cast_type_text(from), std::string()}) {
      auto r =
          db_.query("SELECT ($1" + via + ")::" + to_type + " IS NOT DISTINCT FROM ($2)::" + to_type,
                    {want.bytes, got.bytes});
      if (r && r.value().size() == 1 && r.value().values[0][0] == std::optional<std::string>("t")) {
        return true;
      }
    }
    return false;
  }

 private:
  pg::Connection& db_;
};

}  // namespace

std::vector<std::string> lost_rows(pg::Connection& db, const Snapshot& before,
                                   const Snapshot& after, const ir::Schema& from,
                                   const ir::Schema& to, const ir::RenameHints& renames) {
  PostgresJudge judge(db);
  return lost_rows(before, after, from, to, renames, judge);
}

}  // namespace schemac::test
