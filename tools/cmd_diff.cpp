// `schemac diff`: read both sides, make the migration (and its reverse), print or write it.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>

#include "backends/migration.hpp"
#include "tools/commands.hpp"
#include "tools/diff_output.hpp"
#include "tools/heap.hpp"
#include "tools/hints.hpp"
#include "tools/load_schema.hpp"
#include "tools/sources.hpp"

namespace schemac::tools {

namespace {

// Sides that know their own dialect are read first, so `empty` and a migrations folder can
// take it from them.
bool knows_its_dialect(const std::string& spec) {
  return spec != "empty" && spec.rfind("migrations:", 0) != 0;
}

Result<std::pair<Source, Source>> read_sides(const DiffOptions& options) {
  const bool from_first = knows_its_dialect(options.from) || !knows_its_dialect(options.to);
  const std::string& first_spec = from_first ? options.from : options.to;
  const std::string& second_spec = from_first ? options.to : options.from;
  auto first = read_source(first_spec, dialect_of_spec(second_spec), options.shadow_database);
  if (!first) {
    return first.error();
  }
  auto second = read_source(second_spec, first.value().schema.dialect, options.shadow_database);
  if (!second) {
    return second.error();
  }
  if (from_first) {
    return std::pair{std::move(first.value()), std::move(second.value())};
  }
  return std::pair{std::move(second.value()), std::move(first.value())};
}

Result<bool> write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) {
    return Error{fmt::format("cannot write {}", path)};
  }
  return true;
}

void write_stdout(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

}  // namespace

int run_diff(const DiffOptions& options) {
  auto sides = read_sides(options);
  if (!sides) {
    print_error(sides.error());
    return kExitError;
  }
  const Source& from = sides.value().first;
  const Source& to = sides.value().second;

  auto renames = resolve_renames(options.renames, from, to);
  if (!renames) {
    print_error(renames.error());
    return kExitError;
  }
  auto backfills = resolve_backfills(options.backfills, to);
  if (!backfills) {
    print_error(backfills.error());
    return kExitError;
  }

  backends::MigrationRequest up_request{
      .from = from.schema, .to = to.schema, .from_label = from.label, .to_label = to.label};
  up_request.renames = renames.value();
  up_request.backfills = backfills.value();
  up_request.online = options.online;
  auto up = backends::make_migration(up_request);
  if (!up) {
    print_error(up.error());
    return kExitError;
  }

  if (!options.down_file.empty()) {
    // The reverse is the plan from TO back to FROM with the renames turned around; backfills
    // were values for TO's new columns and mean nothing on the way back.
    backends::MigrationRequest down_request{
        .from = to.schema, .to = from.schema, .from_label = to.label, .to_label = from.label};
    down_request.renames = renames.value().inverted();
    down_request.online = options.online;
    down_request.reverse = true;
    down_request.cannot_restore = backends::cannot_restore(up.value());
    auto down = backends::make_migration(down_request);
    if (!down) {
      print_error(Error{"the reverse script: " + down.error().message});
      return kExitError;
    }
    if (auto ok = write_file(options.down_file, down.value().script); !ok) {
      print_error(ok.error());
      return kExitError;
    }
  }

  std::string text;
  switch (options.output) {
    case DiffOutput::Script:
      text = std::move(up.value().script);
      break;
    case DiffOutput::Json:
      text = migration_json(up.value(), from.label, to.label, to.schema.dialect);
      break;
    case DiffOutput::Summary:
      text = migration_summary(up.value());
      break;
  }
  if (options.output_file.empty()) {
    write_stdout(text);
  } else if (auto ok = write_file(options.output_file, text); !ok) {
    print_error(ok.error());
    return kExitError;
  }
  const bool differs = !up.value().empty();
  keep_until_exit(std::move(sides.value()));
  keep_until_exit(std::move(up.value()));
  keep_until_exit(std::move(text));
  return options.exit_code && differs ? kExitDifference : kExitOk;
}

}  // namespace schemac::tools
