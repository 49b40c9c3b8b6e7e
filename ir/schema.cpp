// Names of the IR's enumerations and the lookups of ir/schema.hpp.
#include "ir/schema.hpp"

#include <algorithm>

namespace schemac::ir {

std::string_view dialect_name(Dialect d) {
  switch (d) {
    case Dialect::Sqlite:
      return "sqlite";
    case Dialect::Postgres:
      return "postgresql";
    case Dialect::MySql:
      return "mysql";
  }
  return "?";
}

std::string_view type_family_name(TypeFamily f) {
  switch (f) {
    case TypeFamily::String:
      return "String";
    case TypeFamily::Int:
      return "Int";
    case TypeFamily::BigInt:
      return "BigInt";
    case TypeFamily::Float:
      return "Float";
    case TypeFamily::Decimal:
      return "Decimal";
    case TypeFamily::Boolean:
      return "Boolean";
    case TypeFamily::DateTime:
      return "DateTime";
    case TypeFamily::Json:
      return "Json";
    case TypeFamily::Binary:
      return "Binary";
    case TypeFamily::Enum:
      return "Enum";
    case TypeFamily::Unsupported:
      return "Unsupported";
  }
  return "?";
}

std::string_view sort_order_name(SortOrder s) {
  return s == SortOrder::Asc ? "asc" : "desc";
}

std::string_view index_algorithm_name(IndexAlgorithm a) {
  switch (a) {
    case IndexAlgorithm::BTree:
      return "btree";
    case IndexAlgorithm::Hash:
      return "hash";
    case IndexAlgorithm::Gist:
      return "gist";
    case IndexAlgorithm::Gin:
      return "gin";
    case IndexAlgorithm::SpGist:
      return "spgist";
    case IndexAlgorithm::Brin:
      return "brin";
  }
  return "?";
}

std::string_view index_kind_name(IndexKind k) {
  switch (k) {
    case IndexKind::Unique:
      return "unique";
    case IndexKind::Normal:
      return "normal";
    case IndexKind::Fulltext:
      return "fulltext";
  }
  return "?";
}

std::string_view referential_action_name(ReferentialAction a) {
  switch (a) {
    case ReferentialAction::NoAction:
      return "NO ACTION";
    case ReferentialAction::Restrict:
      return "RESTRICT";
    case ReferentialAction::Cascade:
      return "CASCADE";
    case ReferentialAction::SetNull:
      return "SET NULL";
    case ReferentialAction::SetDefault:
      return "SET DEFAULT";
  }
  return "?";
}

namespace {

template <typename T, typename Pred>
const T* find_in(const std::vector<T>& items, Pred pred) {
  const auto it = std::find_if(items.begin(), items.end(), pred);
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Column* Table::find_column(std::string_view column_name) const {
  return find_in(columns, [&](const Column& c) { return c.name == column_name; });
}

const Index* Table::find_index(std::string_view index_name) const {
  return find_in(indexes, [&](const Index& i) { return i.name == index_name; });
}

const ForeignKey* Table::find_foreign_key(std::string_view constraint_name) const {
  return find_in(foreign_keys, [&](const ForeignKey& f) { return f.name == constraint_name; });
}

const Table* Schema::find_table(std::string_view table_name, std::string_view schema_name) const {
  return find_in(
      tables, [&](const Table& t) { return t.name == table_name && t.schema_name == schema_name; });
}

const Enum* Schema::find_enum(std::string_view enum_name, std::string_view schema_name) const {
  return find_in(
      enums, [&](const Enum& e) { return e.name == enum_name && e.schema_name == schema_name; });
}

}  // namespace schemac::ir
