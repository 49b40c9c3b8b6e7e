// Prisma's default constraint names and their truncation (see ir/naming.hpp for the authority).
#include "ir/naming.hpp"

namespace schemac::ir::naming {

namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// `{table}_{c1}_{c2}`
std::string join_with_columns(std::string_view table, const std::vector<std::string>& columns) {
  std::string out(table);
  out += '_';
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) {
      out += '_';
    }
    out += columns[i];
  }
  return out;
}

// Prisma's pattern: when `joined` has at least `limit - suffix` bytes, cut it there (at a
// character boundary), then append the suffix. Note `>=`: a name of exactly limit-suffix bytes
// is "cut" to itself, so the result never exceeds `limit`.
std::string cut_and_suffix(std::string_view joined, std::string_view suffix, std::size_t limit) {
  std::string out;
  if (limit > suffix.size() && joined.size() >= limit - suffix.size()) {
    out = truncate_bytes(joined, limit - suffix.size());
  } else {
    out = joined;
  }
  out += suffix;
  return out;
}

std::string chars_and_suffix(std::string_view table, std::string_view suffix, std::size_t limit) {
  std::string out(truncate_chars(table, limit > suffix.size() ? limit - suffix.size() : 0));
  out += suffix;
  return out;
}

}  // namespace

std::size_t max_identifier_length(Dialect dialect) {
  // psl/psl-core/src/builtin_connectors/{postgres,mysql,sqlite}_datamodel_connector.rs
  switch (dialect) {
    case Dialect::Postgres:
      return 63;
    case Dialect::MySql:
      return 64;
    case Dialect::Sqlite:
      return 10000;
  }
  return 10000;
}

std::string_view truncate_bytes(std::string_view s, std::size_t max_bytes) {
  if (max_bytes >= s.size()) {
    return s;
  }
  std::size_t cut = max_bytes;
  while (cut > 0 && is_continuation_byte(s[cut])) {
    --cut;
  }
  return s.substr(0, cut);
}

std::string_view truncate_chars(std::string_view s, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_continuation_byte(s[i])) {
      if (chars == max_chars) {
        return s.substr(0, i);
      }
      ++chars;
    }
  }
  return s;
}

std::string primary_key_name(std::string_view table, std::size_t limit) {
  return cut_and_suffix(table, "_pkey", limit);
}

std::string unique_index_name(std::string_view table, const std::vector<std::string>& columns,
                              std::size_t limit) {
  return cut_and_suffix(join_with_columns(table, columns), "_key", limit);
}

std::string index_name(std::string_view table, const std::vector<std::string>& columns,
                       std::size_t limit) {
  return cut_and_suffix(join_with_columns(table, columns), "_idx", limit);
}

std::string foreign_key_name(std::string_view table, const std::vector<std::string>& columns,
                             std::size_t limit) {
  return cut_and_suffix(join_with_columns(table, columns), "_fkey", limit);
}

std::string default_constraint_name(std::string_view table, std::string_view column,
                                    std::size_t limit) {
  std::string joined(table);
  joined += '_';
  joined += column;
  return cut_and_suffix(joined, "_df", limit);
}

std::string join_table_name(std::string_view relation_name, std::size_t limit) {
  const std::string table = "_" + std::string(relation_name);
  return std::string(truncate_chars(table, limit));
}

std::string join_table_primary_key_name(std::string_view table, std::size_t limit) {
  return chars_and_suffix(table, "_AB_pkey", limit);
}

std::string join_table_unique_name(std::string_view table, std::size_t limit) {
  return chars_and_suffix(table, "_AB_unique", limit);
}

std::string join_table_b_index_name(std::string_view table, std::size_t limit) {
  return chars_and_suffix(table, "_B_index", limit);
}

std::string join_table_foreign_key_name(std::string_view table, char column, std::size_t limit) {
  // Prisma slices bytes here (`&table_name[0..limit - 7]`); it would panic inside a character,
  // so the cut to a character boundary only differs where Prisma cannot run at all.
  const std::size_t max_table = limit - 7;  // "_fkey" plus "_A"
  std::string out(table.size() > max_table ? truncate_bytes(table, max_table) : table);
  out += '_';
  out += column;
  out += "_fkey";
  return out;
}

}  // namespace schemac::ir::naming
