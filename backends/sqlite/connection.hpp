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
  // statement and stops at the first failure. On failure the database is left as it was before
  // the script: an open transaction is rolled back, and a script that opened none is run inside
  // a savepoint. The Error names the failing statement's line in the script and SQLite's message.
  [[nodiscard]] Result<bool> execute_script(std::string_view sql);

  [[nodiscard]] sqlite3* handle() const { return db_.get(); }

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  explicit Connection(sqlite3* db) : db_(db) {}
  std::unique_ptr<sqlite3, Close> db_;
};

}  // namespace schemac::backends::sqlite
