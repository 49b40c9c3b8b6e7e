#include "ir/equivalence.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <nlohmann/json.hpp>

#include <fmt/format.h>

namespace schemac::ir {

namespace {

// PostgreSQL's default operator classes (pg_opclass.opcdefault of PostgreSQL 15, unchanged in
// substance since 9.x) of the access methods Prisma can name; an operator class name is unique
// per access method, so the pair decides. Extensions' classes (gin_trgm_ops, …) are never
// defaults here, which errs on the side of reporting a change.
struct DefaultClasses {
  IndexAlgorithm algorithm;
  std::array<std::string_view, 40> names;
};

constexpr std::array kDefaultClasses{
    DefaultClasses{IndexAlgorithm::BTree,
                   {"array_ops",     "bit_ops",         "bool_ops",      "bpchar_ops",
                    "bytea_ops",     "char_ops",        "date_ops",      "enum_ops",
                    "float4_ops",    "float8_ops",      "inet_ops",      "int2_ops",
                    "int4_ops",      "int8_ops",        "interval_ops",  "jsonb_ops",
                    "macaddr8_ops",  "macaddr_ops",     "money_ops",     "multirange_ops",
                    "name_ops",      "numeric_ops",     "oid_ops",       "oidvector_ops",
                    "pg_lsn_ops",    "range_ops",       "record_ops",    "text_ops",
                    "tid_ops",       "time_ops",        "timestamp_ops", "timestamptz_ops",
                    "timetz_ops",    "tsquery_ops",     "tsvector_ops",  "uuid_ops",
                    "varbit_ops",    "xid8_ops"}},
    DefaultClasses{IndexAlgorithm::Hash,
                   {"aclitem_ops",   "array_ops",       "bool_ops",      "bpchar_ops",
                    "bytea_ops",     "char_ops",        "cid_ops",       "date_ops",
                    "enum_ops",      "float4_ops",      "float8_ops",    "inet_ops",
                    "int2_ops",      "int4_ops",        "int8_ops",      "interval_ops",
                    "jsonb_ops",     "macaddr8_ops",    "macaddr_ops",   "multirange_ops",
                    "name_ops",      "numeric_ops",     "oid_ops",       "oidvector_ops",
                    "pg_lsn_ops",    "range_ops",       "record_ops",    "text_ops",
                    "tid_ops",       "time_ops",        "timestamp_ops", "timestamptz_ops",
                    "timetz_ops",    "uuid_ops",        "xid8_ops",      "xid_ops"}},
    DefaultClasses{IndexAlgorithm::Gin, {"array_ops", "jsonb_ops", "tsvector_ops"}},
    DefaultClasses{IndexAlgorithm::Gist,
                   {"box_ops", "circle_ops", "multirange_ops", "point_ops", "poly_ops",
                    "range_ops", "tsquery_ops", "tsvector_ops"}},
    DefaultClasses{IndexAlgorithm::SpGist,
                   {"box_ops", "inet_ops", "poly_ops", "quad_point_ops", "range_ops", "text_ops"}},
    DefaultClasses{IndexAlgorithm::Brin,
                   {"bit_minmax_ops",       "box_inclusion_ops",      "bpchar_minmax_ops",
                    "bytea_minmax_ops",     "char_minmax_ops",        "date_minmax_ops",
                    "float4_minmax_ops",    "float8_minmax_ops",      "inet_inclusion_ops",
                    "int2_minmax_ops",      "int4_minmax_ops",        "int8_minmax_ops",
                    "interval_minmax_ops",  "macaddr8_minmax_ops",    "macaddr_minmax_ops",
                    "name_minmax_ops",      "numeric_minmax_ops",     "oid_minmax_ops",
                    "pg_lsn_minmax_ops",    "range_inclusion_ops",    "text_minmax_ops",
                    "tid_minmax_ops",       "time_minmax_ops",        "timestamp_minmax_ops",
                    "timestamptz_minmax_ops", "timetz_minmax_ops",    "uuid_minmax_ops",
                    "varbit_minmax_ops"}},
};

// `CHAR(1)` → {"CHAR", "1"}; `CHAR` → {"CHAR", ""}.
std::pair<std::string_view, std::string_view> split_type(std::string_view native) {
  const auto open = native.find('(');
  if (open == std::string_view::npos || native.back() != ')') {
    return {native, {}};
  }
  return {native.substr(0, open), native.substr(open + 1, native.size() - open - 2)};
}

// The length PostgreSQL gives a type written without one: `character` and `bit` are one long.
std::string_view implied_length(std::string_view base) {
  return base == "CHAR" || base == "BIT" ? "1" : "";
}

// ---- date-times: lowering's and the introspectors' form `YYYY-MM-DD HH:MM:SS[.f] ±HH:MM` ----

struct DateTimeParts {
  std::string_view date;    // YYYY-MM-DD
  std::string_view time;    // HH:MM:SS[.f]
  std::string_view offset;  // ±HH:MM
};

std::optional<DateTimeParts> split_datetime(std::string_view text) {
  const auto first = text.find(' ');
  const auto last = text.rfind(' ');
  if (first != 10 || last == first || text.size() - last != 7) {
    return std::nullopt;
  }
  return DateTimeParts{text.substr(0, first), text.substr(first + 1, last - first - 1),
                       text.substr(last + 1)};
}

int number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// The instant in UTC: `2020-01-01 10:00:00 +01:30` → `2020-01-01 08:30:00 +00:00`.
std::string to_utc(const DateTimeParts& p) {
  using namespace std::chrono;
  if (p.time.size() < 8 || p.offset.size() != 6) {
    return std::string(p.date) + " " + std::string(p.time) + " " + std::string(p.offset);
  }
  const year_month_day ymd{year{number(p.date.substr(0, 4))},
                           month{static_cast<unsigned>(number(p.date.substr(5, 2)))},
                           day{static_cast<unsigned>(number(p.date.substr(8, 2)))}};
  const int sign = p.offset[0] == '-' ? -1 : 1;
  const minutes offset{sign * (number(p.offset.substr(1, 2)) * 60 + number(p.offset.substr(4, 2)))};
  const sys_seconds local = sys_days{ymd} + hours{number(p.time.substr(0, 2))} +
                            minutes{number(p.time.substr(3, 2))} +
                            seconds{number(p.time.substr(6, 2))};
  const sys_seconds utc = local - offset;
  const auto day_start = floor<days>(utc);
  const year_month_day utc_date{day_start};
  const hh_mm_ss clock{utc - day_start};
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}{} +00:00", int(utc_date.year()),
                     unsigned(utc_date.month()), unsigned(utc_date.day()), clock.hours().count(),
                     clock.minutes().count(), clock.seconds().count(), p.time.substr(8));
}

// A date-time literal as a column of native type `base` stores it.
std::string stored_datetime(std::string_view base, std::string_view text) {
  const auto parts = split_datetime(text);
  if (!parts) {
    return std::string(text);
  }
  const std::string date(parts->date);
  const std::string time(parts->time);
  if (base == "TIMESTAMP") {
    return date + " " + time + " +00:00";
  }
  if (base == "TIMESTAMPTZ") {
    return to_utc(*parts);
  }
  if (base == "DATE") {
    return date + " 00:00:00 +00:00";
  }
  if (base == "TIME") {
    return "1970-01-01 " + time + " +00:00";
  }
  if (base == "TIMETZ") {
    return "1970-01-01 " + time + " " + std::string(parts->offset);
  }
  return std::string(text);
}

bool same_value(std::string_view base, const Value& a, const Value& b) {
  if (a == b) {
    return true;
  }
  if (a.kind != b.kind) {
    return false;
  }
  switch (a.kind) {
    case ValueKind::List:
      return a.items.size() == b.items.size() &&
             std::equal(a.items.begin(), a.items.end(), b.items.begin(),
                        [&](const Value& x, const Value& y) { return same_value(base, x, y); });
    case ValueKind::Json: {
      const auto x = nlohmann::json::parse(a.text, nullptr, /*allow_exceptions=*/false);
      const auto y = nlohmann::json::parse(b.text, nullptr, /*allow_exceptions=*/false);
      return !x.is_discarded() && !y.is_discarded() && x == y;
    }
    case ValueKind::DateTime:
      return stored_datetime(base, a.text) == stored_datetime(base, b.text);
    default:
      return false;
  }
}

}  // namespace

std::string_view effective_operator_class(IndexAlgorithm algorithm,
                                          std::string_view operator_class) {
  for (const DefaultClasses& d : kDefaultClasses) {
    if (d.algorithm == algorithm &&
        std::find(d.names.begin(), d.names.end(), operator_class) != d.names.end()) {
      return {};
    }
  }
  return operator_class;
}

bool same_column_type(const ColumnType& a, const ColumnType& b) {
  if (a == b) {
    return true;
  }
  if (a.family != b.family || a.enum_schema != b.enum_schema || a.is_array != b.is_array) {
    return false;
  }
  const auto [base_a, length_a] = split_type(a.native);
  const auto [base_b, length_b] = split_type(b.native);
  if (base_a != base_b) {
    return false;
  }
  const std::string_view implied = implied_length(base_a);
  return !implied.empty() && (length_a.empty() ? implied : length_a) ==
                                 (length_b.empty() ? implied : length_b);
}

bool same_default(const ColumnType& type, const OptionalBox<Default>& a,
                  const OptionalBox<Default>& b) {
  if (a == b) {
    return true;
  }
  if (!a || !b || a->kind != DefaultKind::Value || b->kind != DefaultKind::Value ||
      a->constraint_name != b->constraint_name) {
    return false;
  }
  return same_value(split_type(type.native).first, a->value, b->value);
}

}  // namespace schemac::ir
