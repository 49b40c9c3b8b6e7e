// Reader of `@default(...)` on model fields, type-checked against the field's type
// (psl/parser-database/src/attributes/default.rs, Prisma 6.19: cuid(1|2), uuid(4|7),
// nanoid(2..255), ulid()).
#include <algorithm>
#include <charconv>

#include "frontend/db/attribute_visitor.hpp"
#include "frontend/db/builder.hpp"
#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

struct Ctx {
  Builder& b;
  AttributeVisitor& v;
  const Field& field;
  DefaultValue& out;
  Diagnostics& diags() { return b.diags; }
  void error(Diagnostic d) { b.diags.push(std::move(d)); }
  const std::string& attr_name() {
    attr_name_ = v.current_display_name();
    return attr_name_;
  }
  std::string attr_name_;
};

std::optional<long long> numeric_value(const ast::Expression& e) {
  const auto* n = std::get_if<ast::NumericLiteral>(&e.value);
  if (n == nullptr) {
    return std::nullopt;
  }
  long long v = 0;
  const auto* end = n->text.data() + n->text.size();
  auto [p, ec] = std::from_chars(n->text.data(), end, v);
  if (ec != std::errc() || p != end) {
    return std::nullopt;
  }
  return v;
}

// uuid(4|7), cuid(1|2), nanoid(2..255): a single optional integer argument.
bool read_versioned(Ctx& c, const ast::FunctionCall& f, DefaultKind kind) {
  const auto& args = f.arguments.arguments;
  const Span span = c.v.current().span;
  const std::string& attr = c.attr_name();
  const std::string_view fn = f.name.name;
  if (args.size() > 1) {
    c.error(msg::default_function_takes_single_int(span, attr, fn));
    return false;
  }
  if (!args.empty()) {
    const ast::Expression* value = argument_value(args[0]);
    auto n = value != nullptr ? numeric_value(*value) : std::nullopt;
    if (!n) {
      c.error(msg::default_function_takes_single_int(span, attr, fn));
      return false;
    }
    const bool ok = kind == DefaultKind::Uuid     ? (*n == 4 || *n == 7)
                    : kind == DefaultKind::Cuid   ? (*n == 1 || *n == 2)
                                                  : (*n >= 2 && *n <= 255);
    if (!ok) {
      c.error(msg::default_function_bad_version(span, attr, fn));
      return false;
    }
    c.out.version = static_cast<std::uint32_t>(*n);
  }
  c.out.kind = kind;
  return true;
}

bool read_no_arguments(Ctx& c, const ast::FunctionCall& f, DefaultKind kind) {
  if (!f.arguments.arguments.empty()) {
    c.error(msg::default_function_takes_no_argument(c.v.current().span, c.attr_name(),
                                                    f.name.name));
    return false;
  }
  c.out.kind = kind;
  return true;
}

bool read_dbgenerated(Ctx& c, const ast::FunctionCall& f) {
  const auto& args = f.arguments.arguments;
  const Span span = c.v.current().span;
  if (args.size() > 1) {
    c.error(msg::dbgenerated_takes_single_string(span, c.attr_name()));
  }
  c.out.kind = DefaultKind::DbGenerated;
  if (args.empty()) {
    return true;
  }
  const ast::Expression* value = argument_value(args[0]);
  auto s = value != nullptr ? stored_string(*value, c.b.db.text) : std::nullopt;
  if (!s) {
    c.error(msg::dbgenerated_takes_single_string(span, c.attr_name()));
    return false;
  }
  if (s->empty()) {
    c.error(msg::dbgenerated_empty_string(span, c.attr_name()));
    return false;
  }
  c.out.db_expression = *s;
  return args.size() == 1;
}

// Numbers and constants view the source; strings see stored_string.
std::optional<Literal> literal_of(const ast::Expression& e, TextStore& store) {
  Literal l;
  l.span = e.span;
  if (auto s = stored_string(e, store)) {
    l.kind = LiteralKind::String;
    l.text = *s;
  } else if (const auto* n = std::get_if<ast::NumericLiteral>(&e.value)) {
    l.kind = LiteralKind::Number;
    l.text = n->text;
  } else if (auto k = as_constant(e)) {
    l.kind = (*k == "true" || *k == "false") ? LiteralKind::Boolean : LiteralKind::EnumValue;
    l.text = *k;
  } else if (const auto* a = as_array(e)) {
    l.kind = LiteralKind::List;
    l.items.reserve(a->items.size());
    for (const auto& item : a->items) {
      auto inner = literal_of(item, store);
      if (!inner) {
        return std::nullopt;
      }
      l.items.push_back(std::move(*inner));
    }
  } else {
    return std::nullopt;
  }
  return l;
}

// A literal of the right shape for `scalar` (Prisma's validate_scalar_default_literal).
bool check_scalar_literal(Ctx& c, ScalarType scalar, const ast::Expression& e) {
  const bool string = is_string(e);
  const bool is_number = is_numeric(e);
  bool ok = false;
  switch (scalar) {
    case ScalarType::String:
    case ScalarType::Json:
    case ScalarType::Bytes:
    case ScalarType::DateTime:
      ok = string;
      break;
    case ScalarType::Int:
    case ScalarType::BigInt:
    case ScalarType::Float: ok = is_number; break;
    case ScalarType::Decimal:
      ok = is_number || string;
      break;
    case ScalarType::Boolean:
      if (auto k = as_constant(e)) {
        if (*k == "true" || *k == "false") {
          return true;
        }
        c.error(msg::boolean_literal_invalid(e.span));
        return false;
      }
      break;
  }
  if (!ok) {
    c.error(msg::default_type_mismatch(c.v.current().span, c.attr_name(),
                                       scalar_type_name(scalar), expression_text(e)));
  }
  return ok;
}

bool check_enum_literal(Ctx& c, EnumId enum_id, const ast::Expression& e) {
  auto k = as_constant(e);
  if (!k) {
    c.error(msg::default_expected_enum_value(c.v.current().span, c.attr_name(),
                                             expression_text(e)));
    return false;
  }
  for (const auto& value : c.b.db.enums[enum_id].values) {
    if (value.name == *k) {
      return true;
    }
  }
  c.error(msg::default_not_an_enum_value(c.v.current().span, c.attr_name(), *k));
  return false;
}

bool check_literal(Ctx& c, const ast::Expression& e) {
  const Field& field = c.field;
  const bool list = field.arity == Arity::List;
  auto check_one = [&](const ast::Expression& item) {
    return field.type.kind == FieldTypeKind::Enum ? check_enum_literal(c, field.type.target, item)
                                                  : check_scalar_literal(c, field.type.scalar, item);
  };
  if (list) {
    const auto* a = as_array(e);
    if (a == nullptr) {
      if (field.type.kind == FieldTypeKind::Enum) {
        c.error(msg::default_expected_enum_value(c.v.current().span, c.attr_name(),
                                                 expression_text(e)));
      } else {
        c.error(msg::default_list_expected(c.v.current().span, c.attr_name()));
      }
      return false;
    }
    for (const auto& item : a->items) {
      if (!check_one(item)) {
        return false;
      }
    }
    return true;
  }
  if (as_array(e) != nullptr && field.type.kind == FieldTypeKind::Scalar) {
    c.error(msg::default_list_on_scalar(c.v.current().span, c.attr_name()));
    return false;
  }
  return check_one(e);
}

bool read_function(Ctx& c, const ast::FunctionCall& f) {
  const std::string_view fn = f.name.name;
  const Field& field = c.field;
  const bool scalar = field.type.kind == FieldTypeKind::Scalar;
  const ScalarType t = field.type.scalar;
  if (fn == "autoincrement" && c.out.mapped_name) {
    c.error(msg::named_autoincrement(c.v.current().span, c.attr_name()));
    return false;
  }
  if (scalar && fn == "autoincrement" && (t == ScalarType::Int || t == ScalarType::BigInt)) {
    return read_no_arguments(c, f, DefaultKind::Autoincrement);
  }
  if (scalar && t == ScalarType::String) {
    if (fn == "cuid") {
      return read_versioned(c, f, DefaultKind::Cuid);
    }
    if (fn == "uuid") {
      return read_versioned(c, f, DefaultKind::Uuid);
    }
    if (fn == "nanoid") {
      return read_versioned(c, f, DefaultKind::Nanoid);
    }
    if (fn == "ulid") {
      return read_no_arguments(c, f, DefaultKind::Ulid);
    }
  }
  if (scalar && t == ScalarType::DateTime && fn == "now") {
    return read_no_arguments(c, f, DefaultKind::Now);
  }
  if (fn == "auto") {
    return read_no_arguments(c, f, DefaultKind::Auto);
  }
  static constexpr std::string_view kKnown[] = {"autoincrement", "cuid", "dbgenerated", "nanoid",
                                                "now",           "uuid", "ulid",        "auto"};
  if (std::find(std::begin(kKnown), std::end(kKnown), fn) == std::end(kKnown)) {
    // Judged later by the provider: CockroachDB knows sequence(), others reject it.
    c.out.kind = fn == "sequence" ? DefaultKind::Sequence : DefaultKind::UnknownFunction;
    c.out.function_name = fn;
    for (const auto& a : f.arguments.arguments) {
      const ast::Expression* v = argument_value(a);
      c.out.sequence_arguments.emplace_back(
          a.name ? a.name->name : std::string_view(),
          v != nullptr ? c.b.db.text.keep(expression_text(*v)) : std::string_view());
    }
    return true;
  }
  if (!scalar) {
    c.error(msg::default_expected_enum_value(c.v.current().span, c.attr_name(),
                                             std::string(fn) + "()"));
    return false;
  }
  c.error(msg::default_function_wrong_type(c.v.current().span, c.attr_name(), fn,
                                           scalar_type_name(t)));
  return false;
}

}  // namespace

void read_field_default(Builder& b, ModelId model_id, FieldId field_id, AttributeVisitor& v) {
  const ast::Expression* value = v.default_argument("value");
  if (value == nullptr) {
    return;
  }
  Field& field = b.db.models[model_id].fields[field_id];
  DefaultValue out;
  out.span = v.current().span;
  out.value_span = value->span;
  if (const ast::Expression* map = v.optional_argument("map")) {
    if (auto s = coerce_stored_string(*map, b.db.text, b.diags)) {
      if (s->empty()) {
        b.diags.push(msg::empty_map_argument(v.current().span, v.current_display_name()));
      } else {
        out.mapped_name = s;
      }
    }
  }
  Ctx c{b, v, field, out, {}};
  bool accepted = false;
  const ast::FunctionCall* f = as_function(*value);
  if (f != nullptr && f->name.name == "dbgenerated") {
    accepted = read_dbgenerated(c, *f);
  } else if (field.type.kind == FieldTypeKind::Composite) {
    b.diags.push(msg::default_on_composite_field(
        v.current().span, b.db.composite_types[field.type.target].name, field.name));
  } else if (field.type.kind == FieldTypeKind::Unsupported) {
    b.diags.push(msg::default_on_unsupported(v.current().span, v.current_display_name()));
  } else if (f != nullptr && field.type.kind == FieldTypeKind::Scalar) {
    accepted = read_function(c, *f);
  } else if (check_literal(c, *value)) {
    if (auto l = literal_of(*value, b.db.text)) {
      out.kind = DefaultKind::Literal;
      out.literal = std::move(*l);
      accepted = true;
    }
  }
  if (accepted) {
    field.default_value = std::move(out);
  }
}

}  // namespace schemac::frontend::db
