// Rows for the integration tests, dialect-neutral (see table_rows.hpp).
#include "tests/corpus/cases/table_rows.hpp"

#include <cstdio>
#include <optional>
#include <set>
#include <string_view>

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

std::size_t column_index(const ir::Table& table, std::string_view name) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].name == name) {
      return i;
    }
  }
  return table.columns.size();
}

}  // namespace

std::string table_key(const ir::Table& t) {
  return t.schema_name.empty() ? t.name : t.schema_name + "." + t.name;
}

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

std::vector<std::vector<std::vector<Cell>>> plan_rows(const ir::Schema& schema, int per_table,
                                                      const ValueFor& value_for) {
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
  return values;
}

namespace {

// How one column of a FROM row must reappear in TO.
struct Expectation {
  const ir::Column* from;
  const ir::Column* to;
  bool type_changed = false;
  bool backfill = false;  // FROM NULL, TO required: anything but NULL
};

bool row_matches(const Row& before, const Row& after, const std::vector<Expectation>& expect,
                 ValueJudge& judge) {
  for (const Expectation& e : expect) {
    const Cell& want = before.at(e.from->name);
    const auto it = after.find(e.to->name);
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
    if (!judge.same(want, got, *e.from, *e.to, e.type_changed)) {
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
                                   const ir::RenameHints& renames, ValueJudge& judge) {
  std::vector<std::string> problems;
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
      expect.push_back({&from_column, to_column, !(from_column.type == to_column->type),
                        from_column.nullable && !to_column->nullable});
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
