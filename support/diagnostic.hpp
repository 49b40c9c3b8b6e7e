// Diagnostics: what a stage found wrong, with a place. Collected, never thrown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "support/span.hpp"

namespace schemac {

enum class Severity { Error, Warning };

struct Note {
  Span span;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;  // stable name from frontend/diagnostic_kinds.def, e.g. "duplicate_field"
  std::string message;
  std::optional<Span> span;  // absent for diagnostics about the whole run
  std::vector<Note> notes;
};

// The sink every compile stage pushes into (Prisma's psl/diagnostics/src/collection.rs).
class Diagnostics {
 public:
  void push(Diagnostic d) { items_.push_back(std::move(d)); }
  void error(std::string code, std::string message, std::optional<Span> span,
             std::vector<Note> notes = {}) {
    push({Severity::Error, std::move(code), std::move(message), span, std::move(notes)});
  }
  void warning(std::string code, std::string message, std::optional<Span> span,
               std::vector<Note> notes = {}) {
    push({Severity::Warning, std::move(code), std::move(message), span, std::move(notes)});
  }

  [[nodiscard]] bool has_errors() const;
  [[nodiscard]] std::size_t error_count() const;
  [[nodiscard]] std::size_t warning_count() const;
  [[nodiscard]] const std::vector<Diagnostic>& items() const { return items_; }
  // Errors and warnings in source order (file, then offset); diagnostics without a span first.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace schemac
