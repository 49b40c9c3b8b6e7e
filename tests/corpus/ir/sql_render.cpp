// The rendered form of a lowered schema (see sql_render.hpp). Authority for each rendering:
// schema-engine/connectors/sql-schema-connector/src/flavour/{postgres,sqlite}/renderer.rs, as
// observed in the oracle's scripts.
#include "tests/corpus/ir/sql_render.hpp"

#include <fmt/format.h>

#include "support/sql_quote.hpp"

namespace schemac::test {

namespace {

std::string quote_ident(std::string_view s) { return sql_quoted(s, '"'); }

std::string quote_literal(std::string_view s) { return sql_quoted(s, '\''); }

std::string default_namespace(std::string_view schema, ir::Dialect d) {
  return d == ir::Dialect::Postgres && schema == "public" ? std::string() : std::string(schema);
}

std::string element_type(const ir::Column& c, ir::Dialect d) {
  const ir::ColumnType& t = c.type;
  if (t.family == ir::TypeFamily::Enum && d == ir::Dialect::Postgres) {
    const std::string schema = default_namespace(t.enum_schema, d);
    return schema.empty() ? quote_ident(t.native)
                          : quote_ident(schema) + "." + quote_ident(t.native);
  }
  if (c.autoincrement && d == ir::Dialect::Postgres) {
    if (t.native == "INTEGER") {
      return "SERIAL";
    }
    if (t.native == "BIGINT") {
      return "BIGSERIAL";
    }
    if (t.native == "SMALLINT") {
      return "SMALLSERIAL";
    }
  }
  return t.native;
}

std::string value_text(const ir::Value& v, const ir::Column& c, ir::Dialect d) {
  switch (v.kind) {
    case ir::ValueKind::Number:
    case ir::ValueKind::Boolean:
      return v.text;
    case ir::ValueKind::Bytes:
      return d == ir::Dialect::Postgres ? quote_literal("\\x" + v.text) : quote_literal(v.text);
    case ir::ValueKind::Json:
      // Prisma 7's SQLite renderer prints JSON defaults unquoted (checked with the oracle).
      return d == ir::Dialect::Sqlite ? v.text : quote_literal(v.text);
    case ir::ValueKind::String:
    case ir::ValueKind::DateTime:
    case ir::ValueKind::EnumValue:
      return quote_literal(v.text);
    case ir::ValueKind::List: {
      std::vector<std::string> items;
      for (const ir::Value& item : v.items) {
        items.push_back(value_text(item, c, d));
      }
      const std::string cast = element_type(c, d) + "[]";
      return fmt::format("ARRAY[{}]::{}", fmt::join(items, ", "), cast);
    }
  }
  return v.text;
}

std::optional<ir::Default> rendered_default(const ir::Column& c, ir::Dialect d) {
  if (!c.default_value) {
    return std::nullopt;
  }
  std::string text;
  switch (c.default_value->kind) {
    case ir::DefaultKind::Now:
      text = "CURRENT_TIMESTAMP";
      break;
    case ir::DefaultKind::DbGenerated:
      text = c.default_value->expression;
      break;
    case ir::DefaultKind::Sequence:
      return std::nullopt;  // CockroachDB only
    case ir::DefaultKind::Value:
      text = value_text(c.default_value->value, c, d);
      break;
  }
  return ir::Default{ir::DefaultKind::DbGenerated, {}, text, ""};
}

}  // namespace

ir::Schema unqualify_default_namespace(ir::Schema s) {
  const ir::Dialect d = s.dialect;
  for (ir::Enum& e : s.enums) {
    e.schema_name = default_namespace(e.schema_name, d);
  }
  for (ir::Table& t : s.tables) {
    t.schema_name = default_namespace(t.schema_name, d);
    for (ir::ForeignKey& fk : t.foreign_keys) {
      fk.referenced_schema = default_namespace(fk.referenced_schema, d);
    }
  }
  return s;
}

ir::Schema rendered_form(const ir::Schema& lowered) {
  const ir::Dialect d = lowered.dialect;
  ir::Schema out = lowered;
  for (ir::Table& t : out.tables) {
    for (ir::Column& c : t.columns) {
      ir::Column r;
      r.name = c.name;
      r.type.native = element_type(c, d) + (c.type.is_array ? "[]" : "");
      r.nullable = c.nullable;
      r.default_value = rendered_default(c, d);
      r.autoincrement = c.autoincrement;
      c = std::move(r);
    }
    // The engine prints a partial index's predicate in parentheses: `WHERE (…)`.
    for (ir::Index& i : t.indexes) {
      if (!i.where.empty()) {
        i.where = "(" + i.where + ")";
      }
    }
  }
  return unqualify_default_namespace(std::move(out));
}

}  // namespace schemac::test
