// Opening a SQLite database, running scripts on it atomically, reading one value.
#include "backends/sqlite/connection.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <sqlite3.h>

#include "backends/sqlite/introspect_tokens.hpp"

namespace schemac::backends::sqlite {

namespace {

// Lists every row that violates a foreign key: table, rowid, referenced table, fk id.
constexpr const char* kForeignKeyCheck = "PRAGMA foreign_key_check";

struct Finalize {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};

using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

// 1-based line of byte `pos` in `text`.
std::size_t line_of(std::string_view text, std::size_t pos) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) {
    line += text[i] == '\n' ? 1 : 0;
  }
  return line;
}

// `text` on one line (runs of whitespace become one space), cut after `limit` characters: error
// messages are one line, and SQLite's own may quote a token that spans lines.
std::string one_line(std::string_view text, std::size_t limit) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (out.size() >= limit) {
      // Back to the start of a UTF-8 sequence, so the cut never splits a character.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) {
        out.pop_back();
      }
      if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80) != 0) {
        out.pop_back();
      }
      return out + "…";
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

// The start of a statement for an error message: about 80 characters.
std::string statement_excerpt(std::string_view statement) {
  return one_line(statement, 80);
}

// SQLite's message for the last failure on `db`, on one line.
std::string message_of(sqlite3* db) {
  return one_line(sqlite3_errmsg(db), 200);
}

Error statement_error(std::string_view script, std::size_t begin, std::size_t end,
                      std::string_view message) {
  return Error{fmt::format("statement at line {} failed: {} (`{}`)", line_of(script, begin),
                           message, statement_excerpt(script.substr(begin, end - begin)))};
}

// The first keyword of every statement of `script`, upper-cased. Statements end at a `;` that
// sqlite3_complete() accepts, so the `;` inside a CREATE TRIGGER body do not end one.
std::vector<std::string> statement_keywords(std::string_view script) {
  const std::vector<Token> tokens = tokenize(script);
  std::vector<std::string> out;
  std::size_t start = 0;
  auto push = [&](std::size_t first) {
    std::string kw = token_value(script, tokens[first]);
    for (char& c : kw) {
      c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    out.push_back(std::move(kw));
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    if (tok.kind != TokenKind::Punct || script[tok.begin] != ';') {
      continue;
    }
    if (start == i) {
      start = i + 1;  // an empty statement
      continue;
    }
    const std::string candidate(script.substr(tokens[start].begin, tok.end - tokens[start].begin));
    if (sqlite3_complete(candidate.c_str()) != 0) {
      push(start);
      start = i + 1;
    }
  }
  if (start < tokens.size()) {
    push(start);
  }
  return out;
}

// Whether the script says `PRAGMA foreign_keys=OFF` (or = 0, false, no) anywhere, as every
// RedefineTables step of Prisma's migrate does.
bool turns_foreign_keys_off(std::string_view script) {
  const std::vector<Token> tokens = tokenize(script);
  for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
    if (is_keyword(script, tokens[i], "PRAGMA") &&
        is_keyword(script, tokens[i + 1], "FOREIGN_KEYS") && script[tokens[i + 2].begin] == '=') {
      const Token& v = tokens[i + 3];
      if (is_keyword(script, v, "OFF") || is_keyword(script, v, "FALSE") ||
          is_keyword(script, v, "NO") || token_value(script, v) == "0") {
        return true;
      }
    }
  }
  return false;
}

// The end of the statement that starts at `pos`: after the first `;` that completes it, or the
// end of the script. For error messages about statements SQLite could not compile, where
// sqlite3_prepare_v2's tail says only where it stopped.
std::size_t statement_end(std::string_view script, std::size_t pos) {
  const std::string_view rest = script.substr(pos);
  for (const Token& tok : tokenize(rest)) {
    if (tok.kind == TokenKind::Punct && rest[tok.begin] == ';' &&
        sqlite3_complete(std::string(rest.substr(0, tok.end)).c_str()) != 0) {
      return pos + tok.end;
    }
  }
  return script.size();
}

bool is_transaction_control(std::string_view keyword) {
  return keyword == "BEGIN" || keyword == "COMMIT" || keyword == "END" || keyword == "ROLLBACK" ||
         keyword == "SAVEPOINT" || keyword == "RELEASE";
}

// Runs the statements of `script` one by one: sqlite3_prepare_v2 compiles the next statement
// and says where it ends, so comments, strings and trigger bodies are SQLite's own business.
Result<bool> run_statements(sqlite3* db, std::string_view script) {
  std::size_t pos = 0;
  while (true) {
    pos = skip_space_and_comments(script, pos);
    if (pos >= script.size()) {
      return true;
    }
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int prepared = sqlite3_prepare_v2(db, script.data() + pos,
                                            static_cast<int>(script.size() - pos), &raw, &tail);
    Statement stmt(raw);
    const std::size_t end =
        tail != nullptr ? static_cast<std::size_t>(tail - script.data()) : script.size();
    if (prepared != SQLITE_OK) {
      return statement_error(script, pos, statement_end(script, pos), message_of(db));
    }
    if (stmt != nullptr) {
      int rc = SQLITE_ROW;
      while (rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt.get());
      }
      if (rc != SQLITE_DONE) {
        return statement_error(script, pos, end, message_of(db));
      }
    }
    pos = end > pos ? end : script.size();
  }
}

bool in_transaction(sqlite3* db) {
  return sqlite3_get_autocommit(db) == 0;
}

void exec_quietly(sqlite3* db, const char* sql) {
  sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

void rollback_if_open(sqlite3* db) {
  // Some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY, SQLITE_NOMEM) roll the transaction
  // back by themselves; ROLLBACK without one would fail.
  if (in_transaction(db)) {
    exec_quietly(db, "ROLLBACK");
  }
}

void restore_foreign_keys(sqlite3* db, bool on) {
  exec_quietly(db, on ? "PRAGMA foreign_keys=ON" : "PRAGMA foreign_keys=OFF");
}

// The tables named by PRAGMA foreign_key_check, each once, in the order reported.
Result<std::vector<std::string>> tables_with_violations(sqlite3* db) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, kForeignKeyCheck, -1, &raw, nullptr) != SQLITE_OK) {
    return Error{fmt::format("cannot check foreign keys: {}", message_of(db))};
  }
  const Statement stmt(raw);
  std::vector<std::string> tables;
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    const auto* text = sqlite3_column_text(stmt.get(), 0);
    const std::string table = text != nullptr ? reinterpret_cast<const char*>(text) : "";
    if (std::find(tables.begin(), tables.end(), table) == tables.end()) {
      tables.push_back(table);
    }
  }
  if (rc != SQLITE_DONE) {
    return Error{fmt::format("cannot check foreign keys: {}", message_of(db))};
  }
  return tables;
}

}  // namespace

void Connection::Close::operator()(sqlite3* db) const {
  sqlite3_close_v2(db);
}

Result<Connection> Connection::open(const std::string& path, OpenMode mode) {
  auto failure = [&](std::string_view why) {
    return Error{fmt::format("cannot open SQLite database `{}`: {}", path, why)};
  };
  const bool in_memory = path == ":memory:";
  if (!in_memory) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
      return failure("it is a directory");
    }
    if (mode != OpenMode::Create && !std::filesystem::exists(status)) {
      return failure("no such file");
    }
  }
  int flags = 0;
  switch (mode) {
    case OpenMode::ReadOnly:
      flags = SQLITE_OPEN_READONLY;
      break;
    case OpenMode::ReadWrite:
      flags = SQLITE_OPEN_READWRITE;
      break;
    case OpenMode::Create:
      flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      break;
  }
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection conn(raw);  // closes the handle SQLite returns even when opening failed
  if (rc != SQLITE_OK) {
    return failure(raw != nullptr ? message_of(raw) : sqlite3_errstr(rc));
  }
  // Another process may hold a lock for a moment (a running application); wait, do not fail.
  sqlite3_busy_timeout(raw, 5000);
  // SQLite opens any file lazily: reading the schema is what tells a database from another
  // file ("file is not a database").
  if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    return failure(message_of(raw));
  }
  return conn;
}

Result<bool> Connection::execute_script(std::string_view sql) {
  sqlite3* db = db_.get();
  const std::vector<std::string> keywords = statement_keywords(sql);
  bool has_transaction_control = false;
  bool only_pragmas = true;
  for (const std::string& kw : keywords) {
    has_transaction_control = has_transaction_control || is_transaction_control(kw);
    only_pragmas = only_pragmas && kw == "PRAGMA";
  }
  if (only_pragmas) {
    return run_statements(db, sql);
  }
  Result<std::string> fk_setting = query_value("PRAGMA foreign_keys");
  if (!fk_setting) {
    return fk_setting.error();
  }
  const bool foreign_keys_were_on = fk_setting.value() == "1";

  if (has_transaction_control) {
    // schemac's own scripts bring their transaction (`PRAGMA foreign_keys=OFF; BEGIN; … COMMIT;
    // PRAGMA foreign_keys=ON;` around table rebuilds): run them as written, and undo what can
    // be undone when a statement fails.
    Result<bool> ran = run_statements(db, sql);
    if (!ran) {
      rollback_if_open(db);
      restore_foreign_keys(db, foreign_keys_were_on);
    }
    return ran;
  }

  // A script without transaction control, such as Prisma's migration.sql, runs in one
  // transaction, checked with PRAGMA foreign_key_check before COMMIT: the way SQLite's "making
  // other kinds of table schema changes" procedure requires
  // (https://www.sqlite.org/lang_altertable.html#otheralter). PRAGMA foreign_keys does nothing
  // inside a transaction, so a script that turns foreign keys off (Prisma's RedefineTables:
  // `PRAGMA foreign_keys=OFF; CREATE TABLE "new_T" …; DROP TABLE "T"; …`) gets them off *before*
  // BEGIN: with them on, that `DROP TABLE` would run ON DELETE CASCADE and delete the child
  // rows. Any other script keeps the connection's setting, so its deletes cascade as they do
  // when Prisma applies it. The setting is restored afterwards. A caller's open transaction gets
  // a savepoint instead, and its setting cannot change.
  const bool nested = in_transaction(db);
  if (!nested && foreign_keys_were_on && turns_foreign_keys_off(sql)) {
    restore_foreign_keys(db, false);
  }
  if (sqlite3_exec(db, nested ? "SAVEPOINT schemac_script" : "BEGIN", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    const std::string message = message_of(db);
    restore_foreign_keys(db, foreign_keys_were_on);
    return Error{fmt::format("cannot start a transaction for the script: {}", message)};
  }
  auto undo = [&] {
    if (nested) {
      exec_quietly(db, "ROLLBACK TO schemac_script");
      exec_quietly(db, "RELEASE schemac_script");
    } else {
      rollback_if_open(db);
      restore_foreign_keys(db, foreign_keys_were_on);
    }
  };
  Result<bool> ran = run_statements(db, sql);
  if (!ran) {
    undo();
    return ran;
  }
  Result<std::vector<std::string>> violations = tables_with_violations(db);
  if (!violations) {
    undo();
    return violations.error();
  }
  if (!violations.value().empty()) {
    undo();
    return Error{fmt::format("the script leaves foreign keys violated in table{} `{}`",
                             violations.value().size() == 1 ? "" : "s",
                             fmt::join(violations.value(), "`, `"))};
  }
  if (nested) {
    exec_quietly(db, "RELEASE schemac_script");
    return true;
  }
  if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    const std::string message = message_of(db);
    undo();
    return Error{fmt::format("cannot commit the script: {}", message)};
  }
  restore_foreign_keys(db, foreign_keys_were_on);
  return true;
}

Result<std::string> Connection::query_value(std::string_view sql) {
  sqlite3* db = db_.get();
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr) !=
      SQLITE_OK) {
    return Error{fmt::format("query failed: {} (`{}`)", message_of(db), statement_excerpt(sql))};
  }
  const Statement stmt(raw);
  if (stmt == nullptr) {
    return Error{fmt::format("query is empty (`{}`)", statement_excerpt(sql))};
  }
  const int rc = sqlite3_step(stmt.get());
  if (rc == SQLITE_ROW) {
    const auto* text = sqlite3_column_text(stmt.get(), 0);
    return std::string(text != nullptr ? reinterpret_cast<const char*>(text) : "");
  }
  if (rc == SQLITE_DONE) {
    return Error{fmt::format("query returned no row (`{}`)", statement_excerpt(sql))};
  }
  return Error{fmt::format("query failed: {} (`{}`)", message_of(db), statement_excerpt(sql))};
}

}  // namespace schemac::backends::sqlite
