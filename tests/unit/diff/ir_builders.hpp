// Small IR schemas built in code for the differ's tests: one call per object, Prisma's default
// names left to the caller so a test shows exactly what it compares.
#pragma once

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "ir/change.hpp"
#include "ir/diff.hpp"
#include "ir/schema.hpp"

namespace schemac::test {

inline ir::Column column(std::string name, ir::TypeFamily family, std::string native,
                         bool nullable = false) {
  ir::Column c;
  c.name = std::move(name);
  c.type.family = family;
  c.type.native = std::move(native);
  c.nullable = nullable;
  return c;
}

inline ir::Column int_column(std::string name, bool nullable = false) {
  return column(std::move(name), ir::TypeFamily::Int, "INTEGER", nullable);
}

inline ir::Column text_column(std::string name, bool nullable = false) {
  return column(std::move(name), ir::TypeFamily::String, "TEXT", nullable);
}

inline ir::Default number_default(std::string text) {
  ir::Default d;
  d.value = ir::Value{ir::ValueKind::Number, std::move(text), {}};
  return d;
}

inline std::vector<ir::IndexColumn> index_columns(const std::vector<std::string>& names) {
  std::vector<ir::IndexColumn> out;
  for (const std::string& name : names) {
    out.push_back({name, ir::SortOrder::Asc, std::nullopt, ""});
  }
  return out;
}

inline ir::PrimaryKey primary_key(std::string name, const std::vector<std::string>& columns) {
  return {std::move(name), index_columns(columns)};
}

inline ir::Index index(std::string name, const std::vector<std::string>& columns,
                       ir::IndexKind kind = ir::IndexKind::Normal) {
  ir::Index i;
  i.name = std::move(name);
  i.kind = kind;
  i.columns = index_columns(columns);
  return i;
}

inline ir::Index unique(std::string name, const std::vector<std::string>& columns) {
  return index(std::move(name), columns, ir::IndexKind::Unique);
}

inline ir::ForeignKey foreign_key(std::string name, std::vector<std::string> columns,
                                  std::string referenced_table,
                                  std::vector<std::string> referenced_columns) {
  ir::ForeignKey fk;
  fk.name = std::move(name);
  fk.columns = std::move(columns);
  fk.referenced_table = std::move(referenced_table);
  fk.referenced_columns = std::move(referenced_columns);
  fk.on_delete = ir::ReferentialAction::Restrict;
  fk.on_update = ir::ReferentialAction::Cascade;
  return fk;
}

// A table with an `id` INTEGER primary key named `{name}_pkey` and the given extra columns.
inline ir::Table table(std::string name, std::vector<ir::Column> extra = {}) {
  ir::Table t;
  t.name = std::move(name);
  t.columns.push_back(int_column("id"));
  for (ir::Column& c : extra) {
    t.columns.push_back(std::move(c));
  }
  t.primary_key = primary_key(t.name + "_pkey", {"id"});
  return t;
}

inline ir::Schema schema(std::vector<ir::Table> tables,
                         ir::Dialect dialect = ir::Dialect::Postgres) {
  ir::Schema s;
  s.dialect = dialect;
  s.tables = std::move(tables);
  return s;
}

// The diff, which the test expects to succeed.
inline std::vector<ir::Change> diff_ok(const ir::Schema& from, const ir::Schema& to,
                                       const ir::RenameHints& hints = {}) {
  auto result = ir::diff(from, to, hints);
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? std::string() : result.error().message));
  return std::move(result.value());
}

// `Kind table` per change, the list a test compares in one CHECK.
inline std::vector<std::string> outline(const std::vector<ir::Change>& changes) {
  std::vector<std::string> out;
  for (const ir::Change& change : changes) {
    std::string line(ir::change_kind_name(change));
    if (const auto table = ir::change_table(change)) {
      line += " " + table->name;
    }
    out.push_back(std::move(line));
  }
  return out;
}

template <typename Kind>
const Kind& nth_of(const std::vector<ir::Change>& changes, std::size_t n = 0) {
  for (const ir::Change& change : changes) {
    if (const Kind* k = std::get_if<Kind>(&change.kind)) {
      if (n == 0) {
        return *k;
      }
      --n;
    }
  }
  FAIL("no such change");
  std::abort();  // unreachable: FAIL ends the test case
}

}  // namespace schemac::test
