// Shared helpers of the validation corpus tests (see run_validation.hpp).
#include "run_validation.hpp"

#include <algorithm>
#include <sstream>

#include <doctest/doctest.h>

#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"

namespace fs = std::filesystem;

namespace schemac::test {

std::vector<std::vector<std::string>> read_tsv(const fs::path& path) {
  auto text = read_file(path.string());
  REQUIRE_MESSAGE(text.ok(), "cannot read " << path.string());
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text.value());
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> row;
    std::size_t from = 0;
    while (true) {
      const std::size_t tab = line.find('\t', from);
      row.push_back(line.substr(from, tab == std::string::npos ? tab : tab - from));
      if (tab == std::string::npos) {
        break;
      }
      from = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> ValidationRun::error_lines() const {
  std::vector<std::string> out;
  for (const auto& d : diags.items()) {
    if (d.severity != Severity::Error) {
      continue;
    }
    if (!d.span) {
      out.emplace_back("?:0");
      continue;
    }
    const auto lc = sources.line_column(d.span->file, d.span->begin);
    out.push_back(std::string(sources.name(d.span->file)) + ":" + std::to_string(lc.line));
  }
  return out;
}

std::vector<std::string> ValidationRun::error_messages() const {
  std::vector<std::string> out;
  for (const auto& d : diags.items()) {
    if (d.severity == Severity::Error) {
      out.push_back(d.message);
    }
  }
  return out;
}

void run_validation(const fs::path& path, ValidationRun& run) {
  auto files = list_schema_files(path.string());
  REQUIRE_MESSAGE(files.ok(), "cannot list " << path.string());
  std::vector<FileId> ids;
  for (const auto& f : files.value()) {
    auto text = read_file(f);
    REQUIRE_MESSAGE(text.ok(), "cannot read " << f);
    ids.push_back(run.sources.add(fs::path(f).filename().string(), std::move(text.value())));
  }
  const auto schema = frontend::parse_schema(run.sources, ids, run.diags);
  const auto validated = frontend::validate(schema, run.sources, run.diags);
  run.valid = validated.valid;
}

}  // namespace schemac::test
