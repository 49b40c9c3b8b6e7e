// The diagnostic sink's queries.
#include "support/diagnostic.hpp"

#include <algorithm>

namespace schemac {

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.has_value() != b.span.has_value()) {
      return !a.span.has_value();
    }
    if (!a.span) {
      return false;
    }
    if (a.span->file != b.span->file) {
      return a.span->file < b.span->file;
    }
    return a.span->begin < b.span->begin;
  });
  return out;
}

}  // namespace schemac
