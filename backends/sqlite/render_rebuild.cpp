// One table rebuild (see render_rebuild.hpp). Authority: sqlite.org/lang_altertable.html §7
// ("Making Other Kinds Of Table Schema Changes") and Prisma's render_redefine_tables
// (flavour/sqlite/renderer.rs), whose statement forms this keeps: CREATE "new_T", INSERT …
// SELECT, DROP, RENAME, indexes.
#include "backends/sqlite/render_rebuild.hpp"

#include <set>

#include "backends/sqlite/quote.hpp"
#include "backends/sqlite/render_index.hpp"
#include "backends/sqlite/render_table.hpp"
#include "backends/sqlite/types.hpp"

namespace schemac::backends::sqlite {

namespace {

std::string column_label(const std::string& table, const std::string& column) {
  return quote_identifier(table) + "." + quote_identifier(column);
}

bool is_integer_family(ir::TypeFamily f) {
  return f == ir::TypeFamily::Int || f == ir::TypeFamily::BigInt || f == ir::TypeFamily::Boolean;
}

// A cast that can change values: to a whole number from anything but whole numbers and
// booleans (fractions are cut, text that is not a number becomes 0), to a float from anything
// but numbers (text becomes 0; DECIMAL loses digits), bytes to text.
bool cast_narrows(const ir::ColumnType& before, Affinity target) {
  switch (target) {
    case Affinity::Integer:
      return !is_integer_family(before.family);
    case Affinity::Real:
      return !is_integer_family(before.family) && before.family != ir::TypeFamily::Float;
    case Affinity::Text:
      return before.family == ir::TypeFamily::Binary;
    case Affinity::Blob:
    case Affinity::Numeric:
      return false;
  }
  return false;
}

// The SELECT expression for a TO column that has a FROM column.
std::string copy_expression(const Rebuild& r, const ir::Column& before, const ir::Column& after,
                            RenderedRebuild& out) {
  std::string expr = quote_identifier(before.name);
  const std::string before_type = column_type_text(before.type);
  const std::string after_type = column_type_text(after.type);
  if (before_type != after_type) {
    const Affinity target = type_affinity(after_type);
    if (target != Affinity::Numeric) {
      expr = "CAST(" + expr + " AS " + after_type + ")";
      if (cast_narrows(before.type, target)) {
        out.losses.push_back("narrows column " + column_label(r.to.name, after.name) + " from " +
                             before_type + " to " + after_type + " (values may change)");
      }
    }
  }
  const auto backfill = r.backfills.find(after.name);
  if (before.nullable && backfill != r.backfills.end()) {
    return "COALESCE(" + expr + ", " + backfill->second + ")";
  }
  if (before.nullable && !after.nullable) {
    if (const auto value = default_text(after)) {
      return "COALESCE(" + expr + ", " + *value + ")";
    }
    out.warnings.push_back("column " + column_label(r.to.name, after.name) +
                           " becomes required without a default or --backfill: the rebuild "
                           "fails if it holds NULLs");
  }
  return expr;
}

}  // namespace

std::string rebuild_temporary_name(const std::string& table_name) {
  return "new_" + table_name;
}

RenderedRebuild render_rebuild(const Rebuild& r) {
  RenderedRebuild out;
  const std::string temporary = rebuild_temporary_name(r.to.name);
  out.statements.push_back(render_create_table(r.to, temporary));

  std::vector<std::string> targets;
  std::vector<std::string> sources;
  std::set<std::string> copied_from;  // FROM column names that are read
  for (const ir::Column& after : r.to.columns) {
    const auto renamed = r.renamed_columns.find(after.name);
    const std::string& from_name =
        renamed != r.renamed_columns.end() ? renamed->second : after.name;
    const ir::Column* before = r.from.find_column(from_name);
    if (before != nullptr) {
      copied_from.insert(before->name);
      targets.push_back(quote_identifier(after.name));
      sources.push_back(copy_expression(r, *before, after, out));
      continue;
    }
    // An added column: its backfill, else SQLite's default for the omitted column.
    const auto backfill = r.backfills.find(after.name);
    if (backfill != r.backfills.end()) {
      targets.push_back(quote_identifier(after.name));
      sources.push_back(backfill->second);
    } else if (!after.nullable && !default_text(after)) {
      out.warnings.push_back("required column " + column_label(r.to.name, after.name) +
                             " is added without a default or --backfill: the rebuild fails if "
                             "the table has rows");
    }
  }
  for (const ir::Column& before : r.from.columns) {
    if (copied_from.count(before.name) == 0) {
      out.losses.push_back("drops column " + column_label(r.to.name, before.name) +
                           " and its data");
    }
  }
  if (!targets.empty()) {
    std::string insert = "INSERT INTO " + quote_identifier(temporary) + " (";
    for (std::size_t i = 0; i < targets.size(); ++i) {
      insert += (i > 0 ? ", " : "") + targets[i];
    }
    insert += ") SELECT ";
    for (std::size_t i = 0; i < sources.size(); ++i) {
      insert += (i > 0 ? ", " : "") + sources[i];
    }
    insert += " FROM " + quote_identifier(r.current_name);
    out.statements.push_back(std::move(insert));
  }
  out.statements.push_back("DROP TABLE " + quote_identifier(r.current_name));
  out.statements.push_back("ALTER TABLE " + quote_identifier(temporary) + " RENAME TO " +
                           quote_identifier(r.to.name));
  for (const ir::Index& index : r.to.indexes) {
    for (std::string& statement : render_create_index(r.to.name, index)) {
      out.statements.push_back(std::move(statement));
    }
  }
  return out;
}

}  // namespace schemac::backends::sqlite
