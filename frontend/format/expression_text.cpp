// Canonical text of expressions, attributes and field types.
#include "frontend/format/expression_text.hpp"

#include <array>
#include <limits>

#include "frontend/format/source_items.hpp"
#include "support/overloaded.hpp"

namespace schemac::frontend::format {

void append_expression(const ast::Expression& expression, std::string& out) {
  std::visit(Overloaded{
                 [&](const ast::StringLiteral& s) { out.append(s.raw); },
                 [&](const ast::NumericLiteral& n) { out.append(n.text); },
                 [&](const ast::ConstantValue& c) { out.append(c.text); },
                 [&](const ast::FunctionCall& f) {
                   out.append(f.name.name);
                   append_arguments(f.arguments, out);
                 },
                 [&](const ast::ArrayExpression& a) {
                   out.push_back('[');
                   for (std::size_t i = 0; i < a.items.size(); ++i) {
                     if (i > 0) {
                       out.append(", ");
                     }
                     append_expression(a.items[i], out);
                   }
                   out.push_back(']');
                 },
             },
             expression.value);
}

void append_arguments(const ast::ArgumentList& arguments, std::string& out) {
  out.push_back('(');
  for (std::size_t i = 0; i < arguments.arguments.size(); ++i) {
    const ast::Argument& argument = arguments.arguments[i];
    if (i > 0) {
      out.append(", ");
    }
    if (argument.name) {
      out.append(argument.name->name);
      out.append(": ");
    }
    if (argument.value) {
      append_expression(*argument.value, out);
    }
  }
  out.push_back(')');
}

std::string attribute_text(const ast::Attribute& attribute) {
  std::string out(attribute.name.name);
  if (attribute.arguments) {
    append_arguments(*attribute.arguments, out);
  }
  return out;
}

std::string field_type_text(std::string_view source, const ast::FieldType& type) {
  std::string out;
  if (type.unsupported) {
    // pest's base_type is written back as it stands: `Unsupported(` up to the closing `)`.
    const std::uint32_t begin = type.name.span.begin;
    std::uint32_t end = field_type_end(source, type);
    while (end > begin && source[end - 1] != ')') {
      --end;
    }
    out.append(source.substr(begin, end - begin));
  } else {
    out.append(type.name.name);
  }
  if (type.optional_list) {
    out.append("[]?");
  } else if (type.legacy_list || type.arity == ast::Arity::List) {
    out.append("[]");
  } else if (type.arity == ast::Arity::Optional) {
    out.append("?");
  }
  return out;
}

std::size_t attribute_sort_index(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kOrder = {
      "id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore"};
  for (std::size_t i = 0; i < kOrder.size(); ++i) {
    if (kOrder[i] == name) {
      return i;
    }
  }
  return std::numeric_limits<std::size_t>::max();
}

}  // namespace schemac::frontend::format
