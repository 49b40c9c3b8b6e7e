// Rules about default values: literals must parse as their field's type, as Prisma parses
// them (psl-core validations/default_value.rs; the details in parentheses are Rust's parse
// errors, reproduced for the common cases).
#include <cctype>
#include <charconv>
#include <string>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {
namespace {

// Rust's i64::from_str, with its error texts.
std::optional<std::string_view> integer_error(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
    digits.remove_prefix(1);
  }
  if (digits.empty()) {
    return "cannot parse integer from empty string";
  }
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      return "invalid digit found in string";
    }
  }
  long long v = 0;
  const auto [p, ec] = std::from_chars(text.data() + (text.front() == '+' ? 1 : 0),
                                       text.data() + text.size(), v);
  if (ec == std::errc::result_out_of_range) {
    return text.front() == '-' ? "number too small to fit in target type"
                               : "number too large to fit in target type";
  }
  (void)p;
  return std::nullopt;
}

bool is_decimal(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    ++i;
  }
  bool digits = false;
  bool dot = false;
  for (; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      digits = true;
    } else if (text[i] == '.' && !dot) {
      dot = true;
    } else if ((text[i] == 'e' || text[i] == 'E') && digits) {
      return integer_error(text.substr(i + 1)) == std::nullopt;
    } else {
      return false;
    }
  }
  return digits;
}

// RFC 3339 date-time, as chrono's DateTime::parse_from_rfc3339 accepts it.
bool is_rfc3339(std::string_view s) {
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > s.size()) {
      return false;
    }
    for (std::size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
        return false;
      }
    }
    return true;
  };
  if (!digits(0, 4) || s.size() < 20 || s[4] != '-' || !digits(5, 2) || s[7] != '-' ||
      !digits(8, 2) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(11, 2) ||
      s[13] != ':' || !digits(14, 2) || s[16] != ':' || !digits(17, 2)) {
    return false;
  }
  std::size_t i = 19;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const std::size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++i;
    }
    if (i == start) {
      return false;
    }
  }
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    return i + 1 == s.size();
  }
  return i + 6 == s.size() && (s[i] == '+' || s[i] == '-') && digits(i + 1, 2) &&
         s[i + 3] == ':' && digits(i + 4, 2);
}

bool is_base64(std::string_view s) {
  if (s.size() % 4 != 0) {
    return false;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool padding = c == '=' && i + 2 >= s.size();
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && !padding) {
      return false;
    }
  }
  return true;
}

// A small JSON syntax check (RFC 8259): true when `s` is one JSON value.
class JsonChecker {
 public:
  explicit JsonChecker(std::string_view s) : s_(s) {}
  bool valid() {
    skip();
    if (!value()) {
      return false;
    }
    skip();
    return i_ == s_.size();
  }

 private:
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
      ++i_;
    }
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) {
      return false;
    }
    i_ += word.size();
    return true;
  }
  bool string() {
    if (i_ >= s_.size() || s_[i_] != '"') {
      return false;
    }
    for (++i_; i_ < s_.size(); ++i_) {
      if (s_[i_] == '\\') {
        ++i_;
      } else if (s_[i_] == '"') {
        ++i_;
        return true;
      }
    }
    return false;
  }
  bool number() {
    const std::size_t start = i_;
    while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' ||
                              s_[i_] == '+' || s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
    }
    return i_ > start && is_decimal(s_.substr(start, i_ - start));
  }
  bool value() {
    if (depth_ > 200 || i_ >= s_.size()) {
      return false;
    }
    const char c = s_[i_];
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++depth_;
      ++i_;
      skip();
      if (i_ < s_.size() && s_[i_] == close) {
        ++i_;
        --depth_;
        return true;
      }
      while (true) {
        skip();
        if (c == '{') {
          if (!string()) {
            return false;
          }
          skip();
          if (i_ >= s_.size() || s_[i_++] != ':') {
            return false;
          }
          skip();
        }
        if (!value()) {
          return false;
        }
        skip();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          continue;
        }
        if (i_ < s_.size() && s_[i_] == close) {
          ++i_;
          --depth_;
          return true;
        }
        return false;
      }
    }
    if (c == '"') {
      return string();
    }
    if (c == 't') {
      return literal("true");
    }
    if (c == 'f') {
      return literal("false");
    }
    if (c == 'n') {
      return literal("null");
    }
    return number();
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int depth_ = 0;
};

void check_literal(Context& ctx, db::ScalarType type, const db::Literal& l) {
  switch (type) {
    case db::ScalarType::Int:
    case db::ScalarType::BigInt:
      if (l.kind == db::LiteralKind::Number) {
        if (auto e = integer_error(l.text)) {
          ctx.diags.push(msg::default_value_unparsable(l.span, "@default", l.text,
                                                       "a valid integer", *e));
        }
      }
      break;
    case db::ScalarType::DateTime:
      if (l.kind == db::LiteralKind::String && !is_rfc3339(l.text)) {
        ctx.diags.push(msg::default_value_unparsable(l.span, "@default", l.text,
                                                     "a valid rfc3339 datetime string",
                                                     "input contains invalid characters"));
      }
      break;
    case db::ScalarType::Json:
      if (l.kind == db::LiteralKind::String && !JsonChecker(l.text).valid()) {
        ctx.diags.push(msg::default_value_unparsable(l.span, "@default", l.text,
                                                     "a valid JSON string", "invalid JSON"));
      }
      break;
    case db::ScalarType::Decimal:
      if (l.kind == db::LiteralKind::String && !is_decimal(l.text)) {
        // sic: Prisma names the attribute without its `@` here.
        ctx.diags.push(msg::default_value_unparsable(l.span, "default", l.text, "a valid decimal",
                                                     "invalid digit found in string"));
      }
      break;
    case db::ScalarType::Bytes:
      if (l.kind == db::LiteralKind::String && !is_base64(l.text)) {
        ctx.diags.push(msg::default_value_unparsable(
            l.span, "@default", l.text, "a valid base64 string",
            "Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`"));
      }
      break;
    default: break;
  }
}

}  // namespace

void default_literal_parses_as_its_type(Context& ctx, db::ModelId m, db::FieldId f) {
  const db::Field& field = ctx.db.models[m].fields[f];
  const auto& d = field.default_value;
  if (!d || d->kind != db::DefaultKind::Literal || field.type.kind != db::FieldTypeKind::Scalar) {
    return;
  }
  if (d->literal.kind == db::LiteralKind::List) {
    for (const auto& item : d->literal.items) {
      check_literal(ctx, field.type.scalar, item);
    }
  } else {
    check_literal(ctx, field.type.scalar, d->literal);
  }
}

}  // namespace schemac::frontend::rules
