// Rules about scalar fields: types the provider supports, native type attributes, default
// functions (psl-core validations/fields.rs, default_value.rs and the connectors'
// native type tables).
#include <algorithm>
#include <charconv>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {
namespace {

std::optional<std::uint32_t> parse_u32(std::string_view text) {
  std::uint32_t v = 0;
  const char* end = text.data() + text.size();
  auto [p, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || p != end) {
    return std::nullopt;
  }
  return v;
}

std::string expected_types(const NativeTypeConstructor& c) {
  std::string out;
  for (std::size_t i = 0; i < c.prisma_types.size(); ++i) {
    out += (i > 0 ? " or " : "") + std::string(db::scalar_type_name(c.prisma_types[i]));
  }
  return out;
}

std::string native_type_text(const db::NativeType& nt) {
  std::string out(nt.name);
  if (!nt.arguments.empty()) {
    out += "(";
    for (std::size_t i = 0; i < nt.arguments.size(); ++i) {
      out += i > 0 ? "," : "";
      out += nt.arguments[i];
    }
    out += ")";
  }
  return out;
}

// PostgreSQL's argument ranges (psl-core postgres_datamodel_connector.rs,
// validate_native_type_arguments).
void check_postgres_arguments(Context& ctx, const db::NativeType& nt,
                              const std::vector<std::uint32_t>& args) {
  const std::string text = native_type_text(nt);
  auto out_of_range = [&](std::string_view detail) {
    ctx.diags.push(msg::native_type_argument_out_of_range(nt.span, text, "Postgres", detail));
  };
  if (args.empty()) {
    return;
  }
  if (nt.name == "Decimal" && args.size() == 2) {
    if (args[1] > args[0]) {
      ctx.diags.push(msg::native_type_scale_larger_than_precision(nt.span, text, "Postgres"));
    } else if (args[0] == 0 || args[0] > 1000) {
      out_of_range("Precision must be positive with a maximum value of 1000.");
    }
  } else if ((nt.name == "Bit" || nt.name == "VarBit") && args[0] == 0) {
    out_of_range("M must be a positive integer.");
  } else if ((nt.name == "Timestamp" || nt.name == "Timestamptz" || nt.name == "Time" ||
              nt.name == "Timetz") &&
             args[0] > 6) {
    out_of_range("M can range from 0 to 6.");
  }
}

}  // namespace

void default_functions_are_known(Context& ctx) {
  for (const auto& model : ctx.db.models) {
    for (const auto& field : model.fields) {
      const auto& d = field.default_value;
      if (d && (d->kind == db::DefaultKind::UnknownFunction ||
                d->kind == db::DefaultKind::Sequence)) {
        ctx.diags.push(msg::unknown_default_function(d->value_span, d->function_name));
      }
    }
  }
}

void scalar_field_is_supported(Context& ctx, db::ModelId m, db::FieldId f) {
  const db::Model& model = ctx.db.models[m];
  const db::Field& field = model.fields[f];
  const std::string_view container = container_of(model);
  if (field.type.kind == db::FieldTypeKind::Scalar) {
    if (field.type.scalar == db::ScalarType::Json) {
      if (!ctx.connector.supports_json) {
        ctx.diags.push(msg::scalar_type_not_supported(field.span, container, model.name,
                                                      field.name, "Json", "the Json type"));
      }
      if (field.arity == db::Arity::List && !ctx.connector.supports_json_lists) {
        ctx.diags.push(msg::scalar_type_not_supported(field.span, container, model.name,
                                                      field.name, "Json[]",
                                                      "the Json List type"));
      }
    }
    if (field.type.scalar == db::ScalarType::Decimal && !ctx.connector.supports_decimal) {
      ctx.diags.push(msg::scalar_type_not_supported(field.span, container, model.name,
                                                    field.name, "Decimal", "the Decimal type"));
    }
  }
  if (field.arity == db::Arity::List && !ctx.connector.supports_scalar_lists) {
    ctx.diags.push(msg::scalar_list_not_supported(field.span, container, model.name, field.name));
  }
}

void native_type_is_valid(Context& ctx, db::ModelId m, db::FieldId f) {
  const db::Field& field = ctx.db.models[m].fields[f];
  if (!field.native_type || field.type.kind != db::FieldTypeKind::Scalar) {
    return;
  }
  const db::NativeType& nt = *field.native_type;
  if (ctx.db.datasource && ctx.db.datasource->name != nt.prefix) {
    ctx.diags.push(
        msg::native_type_invalid_prefix(nt.span, nt.prefix, ctx.db.datasource->name,
                                        ctx.db.datasource->name + "." + std::string(nt.name)));
  }
  const NativeTypeConstructor* c = ctx.connector.find_native_type(nt.name);
  if (c == nullptr) {
    ctx.diags.push(msg::native_type_unknown(nt.span, ctx.connector.name, nt.name));
    return;
  }
  const std::size_t given = nt.arguments.size();
  if (given < c->required_args || (given > c->required_args && c->optional_args == 0)) {
    ctx.diags.push(msg::native_type_argument_count(nt.span, nt.name, c->required_args, given));
    return;
  }
  if (given > c->required_args + c->optional_args) {
    ctx.diags.push(msg::native_type_optional_argument_count(nt.span, nt.name, c->optional_args,
                                                            given));
    return;
  }
  const db::ScalarType scalar = field.type.scalar;
  if (std::find(c->prisma_types.begin(), c->prisma_types.end(), scalar) == c->prisma_types.end()) {
    ctx.diags.push(msg::native_type_incompatible(nt.span, nt.name, db::scalar_type_name(scalar),
                                                 expected_types(*c)));
    return;
  }
  // Prisma parses the arguments as the constructor's shape: one number, or (for Decimal) two.
  std::vector<std::uint32_t> args;
  bool parsed = given == 0 || given == c->optional_args + c->required_args;
  for (const auto& a : nt.arguments) {
    auto v = parse_u32(a);
    parsed = parsed && v.has_value();
    args.push_back(v.value_or(0));
  }
  if (!parsed) {
    std::string found = "(";
    for (std::size_t i = 0; i < nt.arguments.size(); ++i) {
      found += i > 0 ? ", " : "";
      found += nt.arguments[i];
    }
    const bool two = c->required_args + c->optional_args == 2;
    ctx.diags.push(msg::native_type_bad_argument(
        nt.span, two ? "two nonnegative integers" : "a nonnegative integer", found + ")"));
    return;
  }
  if (ctx.db.provider() == db::Provider::PostgreSql) {
    check_postgres_arguments(ctx, nt, args);
  }
}

void default_value_is_valid(Context& ctx, db::ModelId m, db::FieldId f) {
  const db::Field& field = ctx.db.models[m].fields[f];
  if (field.default_value && field.default_value->mapped_name &&
      !ctx.connector.supports_named_defaults) {
    ctx.diags.push(msg::named_default_not_supported(field.default_value->span));
  }
}

void unsupported_type_is_not_a_native_type(Context& ctx, db::ModelId m, db::FieldId f) {
  const db::Field& field = ctx.db.models[m].fields[f];
  if (field.type.kind != db::FieldTypeKind::Unsupported || !ctx.db.datasource) {
    return;
  }
  // Prisma reads `prefix(params)suffix` and asks the connector whether it parses as a native
  // type; only an exact native type with valid arguments counts.
  const std::string lit(field.type.unsupported);
  const auto open = lit.find('(');
  std::string prefix = lit.substr(0, open);
  while (!prefix.empty() && prefix.back() == ' ') {
    prefix.pop_back();
  }
  std::vector<std::string> args;
  if (open != std::string::npos) {
    const auto close = lit.find(')', open);
    if (close == std::string::npos || close + 1 != lit.size()) {
      return;
    }
    std::string params = lit.substr(open + 1, close - open - 1);
    std::size_t start = 0;
    while (start <= params.size()) {
      const auto comma = params.find(',', start);
      std::string a = params.substr(start, comma == std::string::npos ? std::string::npos
                                                                       : comma - start);
      a.erase(0, a.find_first_not_of(' '));
      a.erase(a.find_last_not_of(' ') + 1);
      args.push_back(a);
      if (comma == std::string::npos) {
        break;
      }
      start = comma + 1;
    }
  }
  const NativeTypeConstructor* c = ctx.connector.find_native_type(prefix);
  if (c == nullptr || args.size() < c->required_args ||
      args.size() > c->required_args + c->optional_args) {
    return;
  }
  for (const auto& a : args) {
    if (!parse_u32(a)) {
      return;
    }
  }
  std::string native = prefix;
  if (!args.empty()) {
    native += "(";
    for (std::size_t i = 0; i < args.size(); ++i) {
      native += (i > 0 ? ", " : "") + args[i];
    }
    native += ")";
  }
  ctx.diags.push(msg::unsupported_type_is_native_type(field.span, lit, field.name,
                                                      db::scalar_type_name(c->prisma_types.front()),
                                                      ctx.db.datasource->name, native));
}

}  // namespace schemac::frontend::rules
