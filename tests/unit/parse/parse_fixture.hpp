// Test helper: parse a string as one file and keep its source alive with the tree.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "frontend/parse/parse.hpp"

namespace schemac::frontend::test {

struct Parsed {
  std::unique_ptr<SourceManager> sources = std::make_unique<SourceManager>();
  Diagnostics diags;
  ast::SchemaFile file;
  FileId id = 0;

  // The source text a span covers.
  [[nodiscard]] std::string_view at(Span s) const {
    return sources->text(id).substr(s.begin, s.end - s.begin);
  }

  // Every diagnostic code, in the order reported.
  [[nodiscard]] std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const auto& d : diags.items()) {
      out.push_back(d.code);
    }
    return out;
  }

  template <typename T>
  [[nodiscard]] std::vector<const T*> tops() const {
    std::vector<const T*> out;
    for (const auto& t : file.tops) {
      if (const T* p = std::get_if<T>(&t)) {
        out.push_back(p);
      }
    }
    return out;
  }
};

[[nodiscard]] inline Parsed parse(std::string text) {
  Parsed p;
  p.id = p.sources->add("schema.prisma", std::move(text));
  p.file = parse_file(*p.sources, p.id, p.diags);
  return p;
}

}  // namespace schemac::frontend::test
