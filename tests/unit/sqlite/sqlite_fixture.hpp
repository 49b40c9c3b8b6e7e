// Small helpers of the SQLite tests: an in-memory database made from a script, one value read
// back, a temporary folder that removes itself.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <unistd.h>

#include <doctest/doctest.h>

#include "backends/sqlite/connection.hpp"

namespace schemac::test {

// A fresh :memory: database after `script` (which must succeed).
inline backends::sqlite::Connection memory_db(std::string_view script) {
  Result<backends::sqlite::Connection> db =
      backends::sqlite::Connection::open(":memory:", backends::sqlite::OpenMode::Create);
  REQUIRE(db.ok());
  const Result<bool> ran = db.value().execute_script(script);
  REQUIRE_MESSAGE(ran.ok(), (ran.ok() ? std::string() : ran.error().message));
  return std::move(db.value());
}

// One value, or the error message prefixed with "error: " (so a CHECK shows it).
inline std::string value_of(backends::sqlite::Connection& db, std::string_view sql) {
  const Result<std::string> v = db.query_value(sql);
  return v.ok() ? v.value() : "error: " + v.error().message;
}

struct TempDir {
  std::filesystem::path path;

  TempDir() {
    static std::atomic<int> counter{0};
    path = std::filesystem::temp_directory_path() /
           ("schemac-sqlite-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }

  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }

  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace schemac::test
