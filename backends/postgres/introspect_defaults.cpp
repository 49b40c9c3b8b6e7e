// PostgreSQL column defaults to IR defaults (see introspect_defaults.hpp).
#include "backends/postgres/introspect_defaults.hpp"

#include <cctype>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "backends/postgres/introspect_tokens.hpp"

namespace schemac::backends::postgres {

namespace {

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool is_number(std::string_view s) {
  Scanner scan(s);
  return scan.number().has_value() && scan.at_end();
}

// Prisma prints Int and BigInt defaults from parsed integers: no leading zeros, no `-0`.
std::string normalise_integer(std::string_view text) {
  std::string sign;
  if (!text.empty() && text.front() == '-') {
    sign = "-";
    text.remove_prefix(1);
  }
  while (text.size() > 1 && text.front() == '0') {
    text.remove_prefix(1);
  }
  return text == "0" ? std::string("0") : sign + std::string(text);
}

bool all_digits(std::string_view s) {
  for (const char c : s) {
    if (!is_digit(c)) {
      return false;
    }
  }
  return !s.empty();
}

// PostgreSQL's ISO output (DateStyle ISO, TimeZone UTC): `2020-01-01`, `10:00:00`,
// `2020-01-01 10:00:00`, `2020-01-01 10:00:00.12`, `2020-01-01 10:00:00+00`, `…+05:30`, as lowering's
// normalise_datetime prints a date-time: `2020-01-01 10:00:00.120 +00:00`. A timestamp without
// time zone reads as UTC (Prisma's renderer drops nothing; PostgreSQL drops the offset).
std::optional<std::string> normalise_datetime(std::string_view s) {
  // A TIME or TIMETZ value, `10:00:00`, `10:00:00.5+01:30`: on the epoch's date, which the
  // comparison ignores for these types (ir/equivalence.cpp) and PostgreSQL drops on input.
  if (s.size() >= 8 && s[2] == ':' && s[5] == ':' && all_digits(s.substr(0, 2))) {
    return normalise_datetime("1970-01-01 " + std::string(s));
  }
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !all_digits(s.substr(0, 4)) ||
      !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) {
    return std::nullopt;
  }
  const std::string_view date = s.substr(0, 10);
  if (s.size() == 10) {
    return fmt::format("{} 00:00:00 +00:00", date);
  }
  if (s.size() < 19 || s[10] != ' ' || s[13] != ':' || s[16] != ':') {
    return std::nullopt;
  }
  const std::string_view time = s.substr(11, 8);
  std::size_t pos = 19;
  std::string nanos;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    while (pos < s.size() && is_digit(s[pos])) {
      nanos += s[pos++];
    }
  }
  nanos.resize(9, '0');
  std::string offset = "+00:00";
  const std::string_view rest = s.substr(pos);
  if (!rest.empty()) {
    if ((rest[0] != '+' && rest[0] != '-') || rest.size() < 3 || !all_digits(rest.substr(1, 2))) {
      return std::nullopt;
    }
    if (rest.size() == 3) {
      offset = fmt::format("{}:00", rest);
    } else if (rest.size() == 6 && rest[3] == ':' && all_digits(rest.substr(4, 2))) {
      offset = std::string(rest);
    } else {
      return std::nullopt;
    }
  }
  std::string frac;
  if (nanos != "000000000") {
    frac = nanos.substr(3) == "000000" ? "." + nanos.substr(0, 3)
           : nanos.substr(6) == "000"  ? "." + nanos.substr(0, 6)
                                       : "." + nanos;
  }
  return fmt::format("{} {}{} {}", date, time, frac, offset);
}

// A literal read for a column of `family`, in lowering's value form.
std::optional<ir::Value> value_of(const Literal& lit, ir::TypeFamily family) {
  using F = ir::TypeFamily;
  ir::Value v;
  switch (family) {
    case F::String:
    case F::Json:
      if (lit.kind != Literal::String) {
        return std::nullopt;
      }
      v.kind = family == F::Json ? ir::ValueKind::Json : ir::ValueKind::String;
      v.text = lit.text;
      return v;
    case F::Enum:
      if (lit.kind != Literal::String) {
        return std::nullopt;
      }
      v.kind = ir::ValueKind::EnumValue;
      v.text = lit.text;
      return v;
    case F::Int:
    case F::BigInt:
    case F::Float:
    case F::Decimal: {
      if (lit.kind == Literal::Identifier || !is_number(lit.text)) {
        return std::nullopt;
      }
      const bool integer = family == F::Int || family == F::BigInt;
      if (integer && lit.text.find_first_of(".eE") != std::string::npos) {
        return std::nullopt;
      }
      v.kind = ir::ValueKind::Number;
      v.text = integer ? normalise_integer(lit.text) : lit.text;
      return v;
    }
    case F::Boolean:
      v.kind = ir::ValueKind::Boolean;
      if (iequals(lit.text, "true") || iequals(lit.text, "t")) {
        v.text = "true";
      } else if (iequals(lit.text, "false") || iequals(lit.text, "f")) {
        v.text = "false";
      } else {
        return std::nullopt;
      }
      return v;
    case F::DateTime: {
      if (lit.kind != Literal::String) {
        return std::nullopt;
      }
      auto dt = normalise_datetime(lit.text);
      if (!dt) {
        return std::nullopt;
      }
      v.kind = ir::ValueKind::DateTime;
      v.text = std::move(*dt);
      return v;
    }
    case F::Binary: {
      if (lit.kind != Literal::String || lit.text.size() % 2 != 0 ||
          lit.text.rfind("\\x", 0) != 0) {
        return std::nullopt;
      }
      v.kind = ir::ValueKind::Bytes;
      for (std::size_t i = 2; i < lit.text.size(); ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(lit.text[i])));
        if (std::isxdigit(static_cast<unsigned char>(c)) == 0) {
          return std::nullopt;
        }
        v.text += c;
      }
      return v;
    }
    case F::Unsupported:
      return std::nullopt;
  }
  return std::nullopt;
}

// `ARRAY[a, b]` with its casts, possibly in parentheses (`(ARRAY[]::text[])::varchar(3)[]`).
std::optional<std::vector<ir::Value>> array_constructor(Scanner& scan, ir::TypeFamily family) {
  int open = 0;
  while (scan.eat("(")) {
    ++open;
  }
  const auto keyword = scan.identifier();
  if (!keyword || !iequals(*keyword, "ARRAY") || !scan.eat("[")) {
    return std::nullopt;
  }
  std::vector<ir::Value> items;
  if (!scan.eat("]")) {
    for (;;) {
      const auto lit = scan.literal();
      if (!lit) {
        return std::nullopt;
      }
      auto v = value_of(*lit, family);
      if (!v) {
        return std::nullopt;
      }
      items.push_back(std::move(*v));
      if (scan.eat("]")) {
        break;
      }
      if (!scan.eat(",")) {
        return std::nullopt;
      }
    }
  }
  scan.eat_casts();
  for (; open > 0; --open) {
    if (!scan.eat(")")) {
      return std::nullopt;
    }
    scan.eat_casts();
  }
  return items;
}

// The text of an array value, `{a,"b c",NULL}` (PostgreSQL's array_out), one literal per item.
std::optional<std::vector<ir::Value>> array_literal(std::string_view text, ir::TypeFamily family) {
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') {
    return std::nullopt;
  }
  std::vector<ir::Value> items;
  const std::string_view body = text.substr(1, text.size() - 2);
  std::size_t i = 0;
  while (i < body.size()) {
    std::string item;
    bool was_quoted = false;
    if (body[i] == '"') {
      was_quoted = true;
      for (++i; i < body.size() && body[i] != '"'; ++i) {
        if (body[i] == '\\' && i + 1 < body.size()) {
          ++i;
        }
        item += body[i];
      }
      ++i;  // the closing quote
    } else {
      while (i < body.size() && body[i] != ',') {
        item += body[i++];
      }
    }
    if (!was_quoted && (iequals(item, "NULL") || item.empty() || item.front() == '{')) {
      return std::nullopt;  // NULL elements and nested arrays have no IR form
    }
    auto v = value_of({Literal::String, item}, family);
    if (!v) {
      return std::nullopt;
    }
    items.push_back(std::move(*v));
    if (i < body.size() && body[i] != ',') {
      return std::nullopt;
    }
    ++i;
  }
  return items;
}

std::optional<ir::Value> list_default(std::string_view expression, ir::TypeFamily family) {
  std::optional<std::vector<ir::Value>> items;
  {
    Scanner scan(expression);
    items = array_constructor(scan, family);
    if (items && !scan.at_end()) {
      items.reset();
    }
  }
  if (!items) {
    Scanner scan(expression);
    const auto lit = scan.literal();
    if (lit && lit->kind == Literal::String && scan.at_end()) {
      items = array_literal(lit->text, family);
    }
  }
  if (!items) {
    return std::nullopt;
  }
  ir::Value v;
  v.kind = ir::ValueKind::List;
  v.items = std::move(*items);
  return v;
}

// `nextval('seq'::regclass)`, `nextval(('"s"'::text)::regclass)`: a sequence's next value.
bool is_nextval(std::string_view expression) {
  Scanner scan(expression);
  const auto name = scan.identifier();
  if (!name || !iequals(*name, "nextval") || !scan.eat("(")) {
    return false;
  }
  const auto seq = scan.literal();
  return seq && seq->kind == Literal::String && scan.eat(")") && scan.at_end();
}

// `CURRENT_TIMESTAMP`, `now()`, with casts (`now()::timestamp(3)`): what `now()` stands for.
bool is_now(std::string_view expression) {
  Scanner scan(expression);
  int open = 0;
  while (scan.eat("(")) {
    ++open;
  }
  const auto name = scan.identifier();
  if (!name) {
    return false;
  }
  if (iequals(*name, "now")) {
    if (!scan.eat("(") || !scan.eat(")")) {
      return false;
    }
  } else if (!iequals(*name, "CURRENT_TIMESTAMP")) {
    return false;
  }
  scan.eat_casts();
  for (; open > 0; --open) {
    if (!scan.eat(")")) {
      return false;
    }
    scan.eat_casts();
  }
  return scan.at_end();
}

}  // namespace

ColumnDefault column_default(std::string_view expression, const ir::ColumnType& type) {
  ColumnDefault out;
  {
    Scanner scan(expression);
    const auto first = scan.literal();
    if (first && first->kind == Literal::Identifier && iequals(first->text, "NULL") &&
        scan.at_end()) {
      return out;  // DEFAULT NULL is no default, for Prisma as for the IR
    }
  }
  const bool integer = type.family == ir::TypeFamily::Int || type.family == ir::TypeFamily::BigInt;
  if (integer && !type.is_array && is_nextval(expression)) {
    out.sequence = true;
    return out;
  }
  ir::Default d;
  if (type.family == ir::TypeFamily::DateTime && !type.is_array && is_now(expression)) {
    d.kind = ir::DefaultKind::Now;
    out.value = std::move(d);
    return out;
  }
  std::optional<ir::Value> value;
  if (type.is_array) {
    value = list_default(expression, type.family);
  } else {
    Scanner scan(expression);
    const auto lit = scan.literal();
    if (lit && scan.at_end()) {
      value = value_of(*lit, type.family);
    }
  }
  if (value) {
    d.kind = ir::DefaultKind::Value;
    d.value = std::move(*value);
  } else {
    d.kind = ir::DefaultKind::DbGenerated;
    d.expression = std::string(expression);
  }
  out.value = std::move(d);
  return out;
}

}  // namespace schemac::backends::postgres
