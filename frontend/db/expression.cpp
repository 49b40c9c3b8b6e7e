// Reading attribute argument expressions the way Prisma's coercions do.
#include "frontend/db/expression.hpp"

#include <charconv>

#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {

std::string_view describe_value_type(const ast::Expression& e) {
  struct Visitor {
    std::string_view operator()(const ast::StringLiteral&) const { return "string"; }
    std::string_view operator()(const ast::NumericLiteral&) const { return "numeric"; }
    std::string_view operator()(const ast::ConstantValue&) const { return "literal"; }
    std::string_view operator()(const ast::FunctionCall&) const { return "functional"; }
    std::string_view operator()(const ast::ArrayExpression&) const { return "array"; }
  };
  return std::visit(Visitor{}, e.value);
}

namespace {

std::string arguments_text(const ast::ArgumentList& list) {
  std::string out;
  bool first = true;
  for (const auto& a : list.arguments) {
    if (!first) {
      out += ", ";
    }
    first = false;
    if (a.name) {
      out += a.name->name;
      out += ": ";
    }
    if (a.value) {
      out += expression_text(*a.value);
    }
  }
  return out;
}

}  // namespace

std::string expression_text(const ast::Expression& e) {
  struct Visitor {
    std::string operator()(const ast::StringLiteral& s) const {
      return s.raw.empty() ? "\"" + std::string(s.value) + "\"" : std::string(s.raw);
    }
    std::string operator()(const ast::NumericLiteral& n) const { return std::string(n.text); }
    std::string operator()(const ast::ConstantValue& c) const { return std::string(c.text); }
    std::string operator()(const ast::FunctionCall& f) const {
      return std::string(f.name.name) + "(" + arguments_text(f.arguments) + ")";
    }
    std::string operator()(const ast::ArrayExpression& a) const {
      std::string out = "[";
      for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (i > 0) {
          out += ", ";
        }
        out += expression_text(a.items[i]);
      }
      return out + "]";
    }
  };
  return std::visit(Visitor{}, e.value);
}

const ast::Expression* argument_value(const ast::Argument& a) {
  return a.value ? &*a.value : nullptr;
}

std::optional<std::string> as_string(const ast::Expression& e) {
  if (const auto* s = std::get_if<ast::StringLiteral>(&e.value)) {
    return std::string(s->value);
  }
  return std::nullopt;
}

std::optional<std::string_view> as_constant(const ast::Expression& e) {
  if (const auto* c = std::get_if<ast::ConstantValue>(&e.value)) {
    return c->text;
  }
  return std::nullopt;
}

bool is_string(const ast::Expression& e) {
  return std::holds_alternative<ast::StringLiteral>(e.value);
}

std::string_view stored_string(const ast::StringLiteral& s, TextStore& store) {
  // `raw` views the source, quotes included; compared rather than scanned for backslashes so
  // that this holds whatever the parser unescapes.
  if (s.raw.size() >= 2) {
    const std::string_view inner = s.raw.substr(1, s.raw.size() - 2);
    if (inner == std::string_view(s.value)) {
      return inner;
    }
  }
  return store.keep(s.value);
}

std::optional<std::string_view> stored_string(const ast::Expression& e, TextStore& store) {
  const auto* s = std::get_if<ast::StringLiteral>(&e.value);
  if (s == nullptr) {
    return std::nullopt;
  }
  return stored_string(*s, store);
}

const ast::FunctionCall* as_function(const ast::Expression& e) {
  return std::get_if<ast::FunctionCall>(&e.value);
}

const ast::ArrayExpression* as_array(const ast::Expression& e) {
  return std::get_if<ast::ArrayExpression>(&e.value);
}

bool is_numeric(const ast::Expression& e) {
  return std::holds_alternative<ast::NumericLiteral>(e.value);
}

namespace {

void mismatch(std::string_view expected, const ast::Expression& e, Diagnostics& diags) {
  diags.push(msg::type_mismatch(e.span, expected, describe_value_type(e), expression_text(e)));
}

}  // namespace

std::optional<std::string> coerce_string(const ast::Expression& e, Diagnostics& diags) {
  auto s = as_string(e);
  if (!s) {
    mismatch("string", e, diags);
  }
  return s;
}

std::optional<std::string_view> coerce_stored_string(const ast::Expression& e, TextStore& store,
                                                     Diagnostics& diags) {
  auto s = stored_string(e, store);
  if (!s) {
    mismatch("string", e, diags);
  }
  return s;
}

std::optional<std::string_view> coerce_constant(const ast::Expression& e, Diagnostics& diags) {
  if (auto c = as_constant(e)) {
    return c;
  }
  mismatch("constant", e, diags);
  return std::nullopt;
}

std::optional<bool> coerce_boolean(const ast::Expression& e, Diagnostics& diags) {
  if (auto c = as_constant(e)) {
    if (*c == "true") {
      return true;
    }
    if (*c == "false") {
      return false;
    }
  }
  mismatch("boolean", e, diags);
  return std::nullopt;
}

std::optional<std::int64_t> coerce_integer(const ast::Expression& e, Diagnostics& diags) {
  if (const auto* n = std::get_if<ast::NumericLiteral>(&e.value)) {
    std::int64_t v = 0;
    const auto* end = n->text.data() + n->text.size();
    auto [p, ec] = std::from_chars(n->text.data(), end, v);
    if (ec == std::errc() && p == end) {
      return v;
    }
  }
  mismatch("numeric", e, diags);
  return std::nullopt;
}

namespace {

template <typename Text, typename F>
std::optional<std::vector<Text>> coerce_array_of(const ast::Expression& e, Diagnostics& diags,
                                                 F coerce) {
  std::vector<Text> out;
  if (const auto* a = as_array(e)) {
    bool ok = true;
    for (const auto& item : a->items) {
      if (auto v = coerce(item, diags)) {
        out.push_back(std::move(*v));
      } else {
        ok = false;
      }
    }
    if (!ok) {
      return std::nullopt;
    }
    return out;
  }
  auto v = coerce(e, diags);
  if (!v) {
    return std::nullopt;
  }
  out.push_back(std::move(*v));
  return out;
}

}  // namespace

std::optional<std::vector<std::string>> coerce_string_array(const ast::Expression& e,
                                                            Diagnostics& diags) {
  return coerce_array_of<std::string>(e, diags, coerce_string);
}

std::optional<std::vector<std::string_view>> coerce_constant_array(const ast::Expression& e,
                                                                   Diagnostics& diags) {
  return coerce_array_of<std::string_view>(e, diags, coerce_constant);
}

}  // namespace schemac::frontend::db
