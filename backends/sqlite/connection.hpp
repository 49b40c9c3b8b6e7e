// An open SQLite database and the two things schemac does with one: run a script, read a value.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "support/result.hpp"

struct sqlite3;

namespace schemac::backends::sqlite {

enum class OpenMode { ReadOnly, ReadWrite, Create };

class Connection {
 public:
  // `path` is a file path, or ":memory:". ReadOnly and ReadWrite fail (one line naming the path)
  // when the file does not exist or is not a SQLite database; Create makes it when missing.
  [[nodiscard]] static Result<Connection> open(const std::string& path, OpenMode mode);

  // Runs a whole script (several statements, comments, PRAGMAs, BEGIN/COMMIT) statement by
  // statement and stops at the first failure. The Error names the failing statement's line in
  // the script (1-based), SQLite's message and the statement's start.
  // - A script with its own transaction control (BEGIN, COMMIT, SAVEPOINT, …), as schemac writes
  //   them, runs as it is; on failure an open transaction is rolled back, and PRAGMA
  //   foreign_keys is restored to what it was before the script.
  // - A script without (a Prisma migration.sql) runs in one transaction, checked with PRAGMA
  //   foreign_key_check before COMMIT; when it says PRAGMA foreign_keys=OFF anywhere, foreign
  //   keys are off for all of it (as table rebuilds need), then restored. On failure or on a
  //   violated foreign key the database is left exactly as it was.
  // - A script of PRAGMA statements only runs as it is (nothing to protect; PRAGMA
  //   foreign_keys would do nothing inside a transaction).
  [[nodiscard]] Result<bool> execute_script(std::string_view sql);

  // The first column of the first row `sql` (one statement) returns, as text ("" for NULL).
  // Error when the statement fails or returns no row.
  [[nodiscard]] Result<std::string> query_value(std::string_view sql);

  [[nodiscard]] sqlite3* handle() const { return db_.get(); }

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  explicit Connection(sqlite3* db) : db_(db) {}
  std::unique_ptr<sqlite3, Close> db_;
};

}  // namespace schemac::backends::sqlite
