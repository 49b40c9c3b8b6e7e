// Whether a column type change can lose data (lint/rules/type_change.hpp).
#include "lint/rules/type_change.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "ir/schema.hpp"

namespace schemac::lint {

namespace {

using ir::TypeFamily;

constexpr long kUnbounded = std::numeric_limits<long>::max();

// A native type split into its upper-case name and numeric arguments: `DECIMAL(10,2)` →
// {"DECIMAL", {10, 2}}.
struct Native {
  std::string name;
  std::vector<long> args;
};

Native parse_native(std::string_view text) {
  Native n;
  const std::size_t open = text.find('(');
  const std::string_view head = text.substr(0, open);
  for (const char c : head) {
    n.name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  while (!n.name.empty() && n.name.back() == ' ') {
    n.name.pop_back();
  }
  if (open == std::string_view::npos) {
    return n;
  }
  std::string_view rest = text.substr(open + 1);
  while (!rest.empty()) {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) {
      rest.remove_prefix(1);
    }
    long value = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc()) {
      break;
    }
    n.args.push_back(value);
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
  }
  return n;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Character types and the longest value they hold; nullopt for other String natives (UUID,
// INET, XML, …), whose values must parse.
std::optional<long> text_length(const Native& n) {
  if (is_one_of(n.name, {"TEXT", "CITEXT", "CLOB"})) {
    return kUnbounded;
  }
  if (is_one_of(n.name,
                {"VARCHAR", "CHAR", "CHARACTER VARYING", "CHARACTER", "NVARCHAR", "NCHAR"})) {
    return n.args.empty() ? kUnbounded : n.args.front();
  }
  return std::nullopt;
}

// Integer widths by rank; 0 for a native that is not a plain integer.
int integer_rank(const Native& n) {
  if (is_one_of(n.name, {"SMALLINT", "INT2", "TINYINT"})) {
    return 1;
  }
  if (is_one_of(n.name, {"INTEGER", "INT", "INT4", "MEDIUMINT"})) {
    return 2;
  }
  if (is_one_of(n.name, {"BIGINT", "INT8"})) {
    return 3;
  }
  return 0;
}

int float_rank(const Native& n) {
  if (is_one_of(n.name, {"REAL", "FLOAT4"})) {
    return 1;
  }
  if (is_one_of(n.name, {"DOUBLE PRECISION", "FLOAT8", "FLOAT", "DOUBLE"})) {
    return 2;
  }
  return 0;
}

std::optional<std::string> text_loss(const Native& before, const Native& after,
                                     std::string_view before_text, std::string_view after_text) {
  const std::optional<long> to_length = text_length(after);
  if (!to_length) {
    return fmt::format("{} → {}: values that do not parse fail", before_text, after_text);
  }
  const long from_length = text_length(before).value_or(kUnbounded);
  if (*to_length < from_length) {
    return fmt::format("{} → {} shortens values", before_text, after_text);
  }
  return std::nullopt;
}

std::optional<std::string> decimal_loss(const Native& before, const Native& after,
                                        std::string_view before_text, std::string_view after_text) {
  // DECIMAL without precision holds any value; DECIMAL(p) has p integer digits and no scale;
  // DECIMAL(p, s) has p - s integer digits and s fractional ones.
  const auto digits = [](const Native& n) -> std::pair<long, long> {
    if (n.args.empty()) {
      return {kUnbounded, kUnbounded};
    }
    const long scale = n.args.size() > 1 ? n.args[1] : 0;
    return {n.args[0] - scale, scale};
  };
  const auto [int1, s1] = digits(before);
  const auto [int2, s2] = digits(after);
  if (s2 < s1 || int2 < int1) {
    return fmt::format("{} → {} rounds or overflows values", before_text, after_text);
  }
  return std::nullopt;
}

std::optional<std::string> date_time_loss(const Native& before, const Native& after,
                                          std::string_view before_text,
                                          std::string_view after_text) {
  if (after.name == "DATE" && before.name != "DATE") {
    return fmt::format("{} → {} drops the time of day", before_text, after_text);
  }
  if (after.name == "TIME" && before.name != "TIME") {
    return fmt::format("{} → {} drops the date", before_text, after_text);
  }
  if (!before.args.empty() && !after.args.empty() && after.args[0] < before.args[0]) {
    return fmt::format("{} → {} rounds fractional seconds", before_text, after_text);
  }
  return std::nullopt;
}

// Same family, another native type.
std::optional<std::string> native_loss(TypeFamily family, const ir::ColumnType& before,
                                       const ir::ColumnType& after) {
  const Native from = parse_native(before.native);
  const Native to = parse_native(after.native);
  switch (family) {
    case TypeFamily::String:
      return text_loss(from, to, before.native, after.native);
    case TypeFamily::Int:
    case TypeFamily::BigInt:
      if (integer_rank(to) != 0 && integer_rank(to) < integer_rank(from)) {
        return fmt::format("{} → {} overflows large values", before.native, after.native);
      }
      return std::nullopt;
    case TypeFamily::Float:
      if (float_rank(to) != 0 && float_rank(to) < float_rank(from)) {
        return fmt::format("{} → {} loses precision", before.native, after.native);
      }
      return std::nullopt;
    case TypeFamily::Decimal:
      return decimal_loss(from, to, before.native, after.native);
    case TypeFamily::DateTime:
      return date_time_loss(from, to, before.native, after.native);
    case TypeFamily::Enum:
      return fmt::format("enum \"{}\" → enum \"{}\": values missing from the new type fail",
                         before.native, after.native);
    default:
      return std::nullopt;
  }
}

// Family changes whose every value converts exactly.
bool family_change_widens(TypeFamily from, TypeFamily to) {
  if (to == TypeFamily::String) {
    return true;  // every value has a text form
  }
  switch (from) {
    case TypeFamily::Boolean:
      return to == TypeFamily::Int || to == TypeFamily::BigInt;
    case TypeFamily::Int:
      return to == TypeFamily::BigInt || to == TypeFamily::Float || to == TypeFamily::Decimal;
    case TypeFamily::BigInt:
      return to == TypeFamily::Decimal;
    default:
      return false;
  }
}

std::string_view family_word(TypeFamily f) {
  switch (f) {
    case TypeFamily::String:
      return "text";
    case TypeFamily::Int:
    case TypeFamily::BigInt:
    case TypeFamily::Float:
    case TypeFamily::Decimal:
      return "number";
    case TypeFamily::Boolean:
      return "boolean";
    case TypeFamily::DateTime:
      return "date-time";
    case TypeFamily::Json:
      return "JSON";
    case TypeFamily::Binary:
      return "bytes";
    case TypeFamily::Enum:
      return "enum";
    case TypeFamily::Unsupported:
      return "unsupported type";
  }
  return "?";
}

}  // namespace

std::optional<std::string> type_change_loss(const ir::ColumnType& before,
                                            const ir::ColumnType& after) {
  if (before.is_array && !after.is_array) {
    return std::string("a list becomes a single value");
  }
  if (before.family != after.family) {
    if (family_change_widens(before.family, after.family)) {
      return std::nullopt;
    }
    std::string_view from_word = family_word(before.family);
    std::string_view to_word = family_word(after.family);
    if (from_word == to_word) {  // Float → Int reads better than "number → number"
      from_word = ir::type_family_name(before.family);
      to_word = ir::type_family_name(after.family);
    }
    return fmt::format("{} → {} ({} → {})", from_word, to_word, before.native, after.native);
  }
  if (before.native == after.native && before.enum_schema == after.enum_schema) {
    return std::nullopt;  // only array-ness widened: a value becomes a one-element list
  }
  return native_loss(before.family, before, after);
}

}  // namespace schemac::lint
