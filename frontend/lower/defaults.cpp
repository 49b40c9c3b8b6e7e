// Database defaults of columns (see defaults.hpp).
#include "frontend/lower/defaults.hpp"

#include <fmt/format.h>

#include <cctype>

namespace schemac::frontend::lowering {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  for (const char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return false;
    }
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (const char c : s) {
    v = v * 10 + (c - '0');
  }
  return v;
}

// Prisma parses Int and BigInt defaults into integers (`val.parse::<i64>()`) and prints them
// back, which drops leading zeros; other numbers (Float, Decimal: BigDecimal) keep their text.
std::string normalise_integer(std::string_view text) {
  std::string_view sign;
  if (!text.empty() && text.front() == '-') {
    sign = "-";
    text.remove_prefix(1);
  }
  while (text.size() > 1 && text.front() == '0') {
    text.remove_prefix(1);
  }
  if (text == "0") {
    sign = {};
  }
  return std::string(sign) + std::string(text);
}

std::string enum_value_database_name(const db::Database& database, const db::Field& field,
                                     const std::string& name) {
  if (field.type.kind == db::FieldTypeKind::Enum && field.type.target < database.enums.size()) {
    for (const db::EnumValue& v : database.enums[field.type.target].values) {
      if (v.name == name) {
        return v.database_name();
      }
    }
  }
  return name;
}

ir::Value lower_literal(const db::Database& database, const db::Field& field,
                        const db::Literal& literal, ir::Dialect dialect) {
  using db::LiteralKind;
  ir::Value out;
  switch (literal.kind) {
    case LiteralKind::List:
      out.kind = ir::ValueKind::List;
      for (const db::Literal& item : literal.items) {
        out.items.push_back(lower_literal(database, field, item, dialect));
      }
      return out;
    case LiteralKind::Boolean:
      out.kind = ir::ValueKind::Boolean;
      out.text = literal.text;
      return out;
    case LiteralKind::EnumValue:
      // SQLite stores enums as TEXT: the default is a plain string there.
      out.kind = dialect == ir::Dialect::Postgres ? ir::ValueKind::EnumValue : ir::ValueKind::String;
      out.text = enum_value_database_name(database, field, literal.text);
      return out;
    case LiteralKind::Number:
    case LiteralKind::String: break;
  }
  // Numbers and strings take their meaning from the field's scalar type
  // (`constant_expression_to_sql_default`).
  const bool scalar = field.type.kind == db::FieldTypeKind::Scalar;
  const db::ScalarType type = field.type.scalar;
  if (literal.kind == LiteralKind::Number) {
    out.kind = ir::ValueKind::Number;
    out.text = scalar && (type == db::ScalarType::Int || type == db::ScalarType::BigInt)
                   ? normalise_integer(literal.text)
                   : literal.text;
    return out;
  }
  out.kind = ir::ValueKind::String;
  out.text = literal.text;
  if (!scalar) {
    return out;
  }
  switch (type) {
    case db::ScalarType::DateTime:
      if (auto dt = normalise_datetime(literal.text)) {
        out.kind = ir::ValueKind::DateTime;
        out.text = *dt;
      }
      break;
    case db::ScalarType::Json: out.kind = ir::ValueKind::Json; break;
    case db::ScalarType::Bytes:
      if (auto hex = base64_to_hex(literal.text)) {
        out.kind = ir::ValueKind::Bytes;
        out.text = *hex;
      }
      break;
    case db::ScalarType::Decimal:
    case db::ScalarType::Float: out.kind = ir::ValueKind::Number; break;
    default: break;
  }
  return out;
}

}  // namespace

std::optional<ir::Default> lower_default(const db::Database& database, const db::Field& field,
                                         std::string_view table, ir::Dialect dialect) {
  if (!field.default_value) {
    return std::nullopt;
  }
  const db::DefaultValue& d = *field.default_value;
  ir::Default out;
  switch (d.kind) {
    case db::DefaultKind::Literal:
      out.kind = ir::DefaultKind::Value;
      out.value = lower_literal(database, field, d.literal, dialect);
      return out;
    case db::DefaultKind::Now: out.kind = ir::DefaultKind::Now; return out;
    case db::DefaultKind::DbGenerated:
      if (!d.db_expression) {
        return std::nullopt;  // `dbgenerated()`: Prisma records no default (checked: oracle)
      }
      out.kind = ir::DefaultKind::DbGenerated;
      out.expression = *d.db_expression;
      return out;
    case db::DefaultKind::Sequence:
      out.kind = ir::DefaultKind::Sequence;
      out.expression = fmt::format("prisma_sequence_{}_{}", table, field.database_name());
      return out;
    case db::DefaultKind::Autoincrement:
    case db::DefaultKind::Uuid:
    case db::DefaultKind::Cuid:
    case db::DefaultKind::Nanoid:
    case db::DefaultKind::Ulid:
    case db::DefaultKind::Auto: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> normalise_datetime(std::string_view s) {
  // YYYY-MM-DD[T ]HH:MM:SS[.frac](Z|±HH:MM)
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
      s[13] != ':' || s[16] != ':') {
    return std::nullopt;
  }
  const std::string_view date = s.substr(0, 10);
  const std::string_view time = s.substr(11, 8);
  if (!all_digits(date.substr(0, 4)) || !all_digits(date.substr(5, 2)) ||
      !all_digits(date.substr(8, 2)) || !all_digits(time.substr(0, 2)) ||
      !all_digits(time.substr(3, 2)) || !all_digits(time.substr(6, 2))) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  std::string nanos;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])) != 0) {
      nanos += s[pos++];
    }
    if (nanos.empty()) {
      return std::nullopt;
    }
  }
  if (nanos.size() > 9) {
    nanos.resize(9);
  }
  nanos.append(9 - nanos.size(), '0');
  std::string offset;
  const std::string_view rest = s.substr(pos);
  if (rest == "Z" || rest == "z") {
    offset = "+00:00";
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' &&
             all_digits(rest.substr(1, 2)) && all_digits(rest.substr(4, 2))) {
    offset = std::string(rest);
  } else {
    return std::nullopt;
  }
  // chrono prints fractional seconds only when non-zero, in groups of 3, 6 or 9 digits.
  std::string frac;
  if (to_int(nanos) != 0) {
    if (nanos.substr(3) == "000000") {
      frac = "." + nanos.substr(0, 3);
    } else if (nanos.substr(6) == "000") {
      frac = "." + nanos.substr(0, 6);
    } else {
      frac = "." + nanos;
    }
  }
  return fmt::format("{} {}{} {}", date, time, frac, offset);
}

std::optional<std::string> base64_to_hex(std::string_view in) {
  auto decode = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  while (!in.empty() && in.back() == '=') {
    in.remove_suffix(1);
  }
  std::string hex;
  unsigned buffer = 0;
  int bits = 0;
  for (const char c : in) {
    const int v = decode(c);
    if (v < 0) {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      hex += fmt::format("{:02x}", (buffer >> bits) & 0xFFu);
    }
  }
  return hex;
}

}  // namespace schemac::frontend::lowering
