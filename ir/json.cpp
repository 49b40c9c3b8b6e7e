// The IR's JSON dump and summary (see ir/json.hpp).
#include "ir/json.hpp"

#include <fmt/format.h>

namespace schemac::ir {

using nlohmann::ordered_json;

namespace {

std::string_view value_kind_name(ValueKind k) {
  switch (k) {
    case ValueKind::String:
      return "string";
    case ValueKind::Number:
      return "number";
    case ValueKind::Boolean:
      return "boolean";
    case ValueKind::DateTime:
      return "datetime";
    case ValueKind::Json:
      return "json";
    case ValueKind::Bytes:
      return "bytes";
    case ValueKind::EnumValue:
      return "enum";
    case ValueKind::List:
      return "list";
  }
  return "?";
}

std::string_view default_kind_name(DefaultKind k) {
  switch (k) {
    case DefaultKind::Value:
      return "value";
    case DefaultKind::Now:
      return "now";
    case DefaultKind::DbGenerated:
      return "dbgenerated";
    case DefaultKind::Sequence:
      return "sequence";
  }
  return "?";
}

ordered_json value_json(const Value& v) {
  ordered_json j;
  j["kind"] = value_kind_name(v.kind);
  if (v.kind == ValueKind::List) {
    ordered_json items = ordered_json::array();
    for (const Value& item : v.items) {
      items.push_back(value_json(item));
    }
    j["items"] = std::move(items);
  } else {
    j["text"] = v.text;
  }
  return j;
}

ordered_json index_columns_json(const std::vector<IndexColumn>& columns) {
  ordered_json out = ordered_json::array();
  for (const IndexColumn& c : columns) {
    if (c.sort == SortOrder::Asc && !c.length && c.operator_class.empty() && !c.expression) {
      out.push_back(c.name);  // the common case stays one word
      continue;
    }
    ordered_json j;
    j["name"] = c.name;
    if (c.expression) {
      j["expression"] = true;
    }
    if (c.sort != SortOrder::Asc) {
      j["sort"] = sort_order_name(c.sort);
    }
    if (c.length) {
      j["length"] = *c.length;
    }
    if (!c.operator_class.empty()) {
      j["operator_class"] = c.operator_class;
    }
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json index_json(const Index& index) {
  ordered_json j;
  j["name"] = index.name;
  j["kind"] = index_kind_name(index.kind);
  j["columns"] = index_columns_json(index.columns);
  if (index.algorithm != IndexAlgorithm::BTree) {
    j["algorithm"] = index_algorithm_name(index.algorithm);
  }
  if (!index.where.empty()) {
    j["where"] = index.where;
  }
  return j;
}

ordered_json foreign_key_json(const ForeignKey& fk) {
  ordered_json j;
  j["name"] = fk.name;
  j["columns"] = fk.columns;
  if (!fk.referenced_schema.empty()) {
    j["referenced_schema"] = fk.referenced_schema;
  }
  j["referenced_table"] = fk.referenced_table;
  j["referenced_columns"] = fk.referenced_columns;
  j["on_delete"] = referential_action_name(fk.on_delete);
  j["on_update"] = referential_action_name(fk.on_update);
  return j;
}

ordered_json table_json(const Table& table) {
  ordered_json j;
  j["name"] = table.name;
  if (!table.schema_name.empty()) {
    j["schema"] = table.schema_name;
  }
  ordered_json columns = ordered_json::array();
  for (const Column& c : table.columns) {
    columns.push_back(to_json(c));
  }
  j["columns"] = std::move(columns);
  if (table.primary_key) {
    ordered_json pk;
    pk["name"] = table.primary_key->name;
    pk["columns"] = index_columns_json(table.primary_key->columns);
    j["primary_key"] = std::move(pk);
  }
  ordered_json indexes = ordered_json::array();
  for (const Index& i : table.indexes) {
    indexes.push_back(index_json(i));
  }
  j["indexes"] = std::move(indexes);
  ordered_json fks = ordered_json::array();
  for (const ForeignKey& fk : table.foreign_keys) {
    fks.push_back(foreign_key_json(fk));
  }
  j["foreign_keys"] = std::move(fks);
  if (!table.checks.empty()) {
    ordered_json checks = ordered_json::array();
    for (const Check& c : table.checks) {
      checks.push_back(ordered_json{{"name", c.name}, {"expression", c.expression}});
    }
    j["checks"] = std::move(checks);
  }
  return j;
}

// "1 table", "2 tables"; `many` for the irregular plural ("indexes").
std::string plural(std::size_t n, std::string_view one, std::string_view many = {}) {
  if (n == 1) {
    return fmt::format("1 {}", one);
  }
  return many.empty() ? fmt::format("{} {}s", n, one) : fmt::format("{} {}", n, many);
}

}  // namespace

ordered_json to_json(const Default& d) {
  ordered_json j;
  j["kind"] = default_kind_name(d.kind);
  if (d.kind == DefaultKind::Value) {
    j["value"] = value_json(d.value);
  }
  if (d.kind == DefaultKind::DbGenerated || d.kind == DefaultKind::Sequence) {
    j["expression"] = d.expression;
  }
  if (!d.constraint_name.empty()) {
    j["constraint_name"] = d.constraint_name;
  }
  return j;
}

ordered_json to_json(const Column& c) {
  ordered_json j;
  j["name"] = c.name;
  j["family"] = type_family_name(c.type.family);
  j["native"] = c.type.native;
  if (!c.type.enum_schema.empty()) {
    j["enum_schema"] = c.type.enum_schema;
  }
  if (c.type.is_array) {
    j["array"] = true;
  }
  j["nullable"] = c.nullable;
  if (c.default_value) {
    j["default"] = to_json(*c.default_value);
  }
  if (c.any_default) {
    j["any_default"] = true;
  }
  if (c.autoincrement) {
    j["autoincrement"] = true;
  }
  return j;
}

ordered_json to_json(const Schema& schema) {
  ordered_json j;
  j["dialect"] = dialect_name(schema.dialect);
  j["namespaces"] = schema.namespaces;
  if (!schema.extensions.empty()) {
    ordered_json exts = ordered_json::array();
    for (const Extension& e : schema.extensions) {
      exts.push_back(ordered_json{{"name", e.name}, {"schema", e.schema}, {"version", e.version}});
    }
    j["extensions"] = std::move(exts);
  }
  ordered_json enums = ordered_json::array();
  for (const Enum& e : schema.enums) {
    ordered_json ej;
    ej["name"] = e.name;
    if (!e.schema_name.empty()) {
      ej["schema"] = e.schema_name;
    }
    ej["values"] = e.values;
    enums.push_back(std::move(ej));
  }
  j["enums"] = std::move(enums);
  ordered_json tables = ordered_json::array();
  for (const Table& t : schema.tables) {
    tables.push_back(table_json(t));
  }
  j["tables"] = std::move(tables);
  return j;
}

std::string to_json_text(const Schema& schema) {
  return to_json(schema).dump(2) + "\n";
}

std::string summary(const Schema& schema) {
  std::size_t columns = 0;
  std::size_t indexes = 0;
  std::size_t fks = 0;
  for (const Table& t : schema.tables) {
    columns += t.columns.size();
    indexes += t.indexes.size();
    fks += t.foreign_keys.size();
  }
  std::string out = fmt::format("{}: {}, {}, {}, {}, {}\n", dialect_name(schema.dialect),
                                plural(schema.tables.size(), "table"), plural(columns, "column"),
                                plural(indexes, "index", "indexes"), plural(fks, "foreign key"),
                                plural(schema.enums.size(), "enum"));
  for (const Table& t : schema.tables) {
    std::string pk = "no primary key";
    if (t.primary_key) {
      std::vector<std::string> names;
      for (const IndexColumn& c : t.primary_key->columns) {
        names.push_back(c.name);
      }
      pk = fmt::format("primary key ({})", fmt::join(names, ", "));
    }
    const std::string name = t.schema_name.empty() ? t.name : t.schema_name + "." + t.name;
    out += fmt::format("  {}: {}, {}, {}, {}\n", name, plural(t.columns.size(), "column"), pk,
                       plural(t.indexes.size(), "index", "indexes"),
                       plural(t.foreign_keys.size(), "foreign key"));
  }
  return out;
}

}  // namespace schemac::ir
