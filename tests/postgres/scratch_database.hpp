// The test suite's PostgreSQL: the throwaway cluster CTest starts (tests/postgres/pg-cluster.sh,
// fixture `postgres`), and a fresh database per test on it.
#pragma once

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

#include "backends/postgres/connection.hpp"
#include "backends/postgres/url.hpp"

namespace schemac::test {

// The cluster's URL: $SCHEMAC_PG_URL, else the file the fixture wrote. Tests needing PostgreSQL
// fail (never skip) without one, so CI cannot pass them silently.
inline std::string cluster_url() {
  if (const char* env = std::getenv("SCHEMAC_PG_URL"); env != nullptr && *env != '\0') {
    return env;
  }
  std::ifstream in(std::string(SCHEMAC_PG_CLUSTER_DIR) + "/url");
  std::string url;
  std::getline(in, url);
  INFO("no PostgreSQL for the tests: run them through ctest (fixture `postgres` starts a "
       "throwaway cluster) or set SCHEMAC_PG_URL");
  REQUIRE(!url.empty());
  return url;
}

// A database of its own, created on the cluster and dropped again (FORCE: even with sessions
// left open by a failed test).
class ScratchDatabase {
 public:
  ScratchDatabase() {
    static std::atomic<int> counter{0};
    name_ = "schemac_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    REQUIRE(admin_.query("DROP DATABASE IF EXISTS \"" + name_ + "\"").ok());
    auto created = admin_.query("CREATE DATABASE \"" + name_ + "\"");
    INFO((created.ok() ? std::string() : created.error().message));
    REQUIRE(created.ok());
    const std::string base = cluster_url();
    url_ = base.substr(0, base.rfind('/') + 1) + name_;
  }
  ~ScratchDatabase() {
    auto dropped = admin_.query("DROP DATABASE IF EXISTS \"" + name_ + "\" WITH (FORCE)");
    (void)dropped;
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  [[nodiscard]] const std::string& url() const { return url_; }
  [[nodiscard]] backends::postgres::Connection connect_here() const { return connect(url_); }

  static backends::postgres::Connection connect(const std::string& url) {
    auto parsed = backends::postgres::parse_url(url);
    REQUIRE(parsed.ok());
    auto conn = backends::postgres::Connection::open(parsed.value());
    INFO((conn.ok() ? std::string() : conn.error().message));
    REQUIRE(conn.ok());
    return std::move(conn.value());
  }

 private:
  std::string name_;
  std::string url_;
  backends::postgres::Connection admin_ = connect(cluster_url());
};

}  // namespace schemac::test
