// OptionalBox<T>: an optional T kept on the heap, with std::optional's interface and value
// semantics (copies copy the T), at the size of a pointer.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace schemac {

// For the large members most objects lack: a resolved field's `@default`, `@relation` and
// `@db.X` (held inline, they made a db::Field 856 bytes, and a 10,000-model schema spent its
// validation in page faults, issue #2), a syntax tree field's `Unsupported("…")` literal and
// trailing comment, an IR column's default (which made a column 272 bytes). Absent costs 8
// bytes; present costs one allocation.
template <typename T>
class OptionalBox {
 public:
  OptionalBox() = default;

  OptionalBox(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): as std::optional

  OptionalBox(T value)  // NOLINT(google-explicit-constructor): as std::optional
      : value_(std::make_unique<T>(std::move(value))) {}

  OptionalBox(std::optional<T> value)  // NOLINT(google-explicit-constructor): as std::optional
      : value_(value ? std::make_unique<T>(std::move(*value)) : nullptr) {}

  OptionalBox(const OptionalBox& other)
      : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}

  OptionalBox(OptionalBox&&) noexcept = default;

  OptionalBox& operator=(const OptionalBox& other) {
    if (this != &other) {
      value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    }
    return *this;
  }

  OptionalBox& operator=(OptionalBox&&) noexcept = default;

  OptionalBox& operator=(std::nullopt_t) {
    value_.reset();
    return *this;
  }

  OptionalBox& operator=(T value) {
    emplace(std::move(value));
    return *this;
  }

  ~OptionalBox() = default;

  template <typename... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *value_;
  }

  void reset() { value_.reset(); }

  [[nodiscard]] bool has_value() const { return value_ != nullptr; }

  explicit operator bool() const { return value_ != nullptr; }

  [[nodiscard]] T& operator*() { return *value_; }

  [[nodiscard]] const T& operator*() const { return *value_; }

  T* operator->() { return value_.get(); }

  const T* operator->() const { return value_.get(); }

  // As std::optional: equal when both are empty or both hold equal values.
  friend bool operator==(const OptionalBox& a, const OptionalBox& b) {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }

 private:
  std::unique_ptr<T> value_;
};

}  // namespace schemac
