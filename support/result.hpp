// Result<T>: the return type of operations that touch the world (files, connections, SQL).
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "support/assert.hpp"

namespace schemac {

// A user-facing failure: one line, already worded for `schemac: error: <message>`.
struct Error {
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }

  [[nodiscard]] T& value() {
    SCHEMAC_ASSERT(ok(), "value() of a failed Result");
    return std::get<T>(v_);
  }
  [[nodiscard]] const T& value() const {
    SCHEMAC_ASSERT(ok(), "value() of a failed Result");
    return std::get<T>(v_);
  }
  [[nodiscard]] const Error& error() const {
    SCHEMAC_ASSERT(!ok(), "error() of a successful Result");
    return std::get<Error>(v_);
  }

 private:
  std::variant<T, Error> v_;
};

}  // namespace schemac
