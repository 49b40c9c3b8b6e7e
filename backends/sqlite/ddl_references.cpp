// The REFERENCES clause of a foreign key (see ddl_references.hpp), after SQLite 3.40's parse.y
// (refargs, refact) and build.c (sqlite3CreateForeignKey).
#include "backends/sqlite/ddl_references.hpp"

#include <optional>

namespace schemac::backends::sqlite {

namespace {

// refact, under the names PRAGMA foreign_key_list gives; nullopt for anything else.
std::optional<std::string> referential_action(DdlCursor& cur) {
  if (cur.accept_keyword("SET")) {
    if (cur.accept_keyword("NULL")) {
      return "SET NULL";
    }
    if (cur.accept_keyword("DEFAULT")) {
      return "SET DEFAULT";
    }
    return std::nullopt;
  }
  if (cur.accept_keyword("CASCADE")) {
    return "CASCADE";
  }
  if (cur.accept_keyword("RESTRICT")) {
    return "RESTRICT";
  }
  if (cur.accept_keyword("NO") && cur.accept_keyword("ACTION")) {
    return "NO ACTION";
  }
  return std::nullopt;
}

}  // namespace

Result<ForeignKeyFacts> parse_references(DdlCursor& cur, const std::vector<std::string>& from,
                                         bool on_column) {
  const auto fail = [&](const char* why) { return Error{why + cur.location()}; };
  std::optional<std::string> table = cur.accept_name();
  if (!table || cur.at_punct('.')) {
    return fail("expected the referenced table");
  }
  std::optional<std::vector<std::string>> to;
  if (cur.accept_punct('(')) {
    to.emplace();
    while (true) {
      std::optional<std::string> name = cur.accept_name();
      if (!name) {
        return fail("expected a referenced column");
      }
      to->push_back(std::move(*name));
      if (cur.accept_punct(')')) {
        break;
      }
      if (!cur.accept_punct(',')) {
        return fail("expected `,` or `)`");
      }
    }
  }
  ForeignKeyFacts fk;
  fk.referenced_table = std::move(*table);
  while (!cur.at_end()) {
    if (cur.accept_keyword("MATCH")) {
      if (!cur.accept_name()) {
        return fail("expected a MATCH name");
      }
      continue;
    }
    if (!cur.at_keyword("ON")) {
      break;
    }
    // A later ON DELETE or ON UPDATE overrides an earlier one; ON INSERT means nothing.
    std::string* action = cur.at_keyword("DELETE", 1)   ? &fk.on_delete
                          : cur.at_keyword("UPDATE", 1) ? &fk.on_update
                                                        : nullptr;
    if (action == nullptr && !cur.at_keyword("INSERT", 1)) {
      break;
    }
    cur.take();
    cur.take();
    std::optional<std::string> read = referential_action(cur);
    if (!read) {
      return fail("expected a referential action");
    }
    if (action != nullptr) {
      *action = std::move(*read);
    }
  }
  if (on_column ? (to && to->size() != 1) : (to && to->size() != from.size())) {
    return fail("foreign key column counts differ");
  }
  for (std::size_t i = 0; i < from.size(); ++i) {
    fk.columns.push_back(from[i]);
    fk.referenced_columns.push_back(to ? std::optional<std::string>((*to)[i]) : std::nullopt);
  }
  return fk;
}

}  // namespace schemac::backends::sqlite
