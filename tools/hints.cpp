// Resolving `--rename` and `--backfill` (see tools/hints.hpp).
#include "tools/hints.hpp"

#include <fmt/format.h>

namespace schemac::tools {

namespace {

struct Split {
  std::string model;
  std::string field;  // "" for a model rename
  std::string value;  // after '='
};

// `Model.field=value` or `Model=value`: the first '=' ends the name (a SQL backfill may hold
// more of them), and a '.' before it separates model and field.
Result<Split> split(const std::string& arg, std::string_view flag, bool field_required) {
  const auto eq = arg.find('=');
  const std::string name = arg.substr(0, eq);
  const auto dot = name.find('.');
  if (eq == std::string::npos || eq + 1 == arg.size() || name.empty() ||
      (field_required && dot == std::string::npos)) {
    return Error{fmt::format("{} {}: expected {}", flag, arg,
                             field_required ? "Model.field=SQL" : "Old=New or Model.old=new")};
  }
  Split s;
  s.model = name.substr(0, dot);
  s.field = dot == std::string::npos ? "" : name.substr(dot + 1);
  s.value = arg.substr(eq + 1);
  if (s.model.empty() || (dot != std::string::npos && s.field.empty())) {
    return Error{fmt::format("{} {}: a model or field name is empty", flag, arg)};
  }
  return s;
}

struct Resolved {
  std::string schema_name;
  std::string table;
  const ModelNames* names = nullptr;  // null on database sides
};

// The table of `model` on one side: through the schema's models, or the name itself on a
// database side.
Result<Resolved> table_of(const Source& side, const std::string& model, std::string_view which,
                          std::string_view arg) {
  if (side.kind != Source::Kind::Schema) {
    return Resolved{"", model, nullptr};
  }
  const auto it = side.models.find(model);
  if (it == side.models.end()) {
    return Error{fmt::format("--rename {}: the {} schema ({}) has no model `{}`", arg, which,
                             side.label, model)};
  }
  return Resolved{it->second.schema_name, it->second.table, &it->second};
}

Result<std::string> column_of(const Resolved& table, const std::string& field,
                              std::string_view which, std::string_view flag, std::string_view arg) {
  if (table.names == nullptr) {
    return field;
  }
  const auto it = table.names->columns.find(field);
  if (it == table.names->columns.end()) {
    return Error{fmt::format("{} {}: the {} model for table \"{}\" has no scalar field `{}`",
                             flag, arg, which, table.table, field)};
  }
  return it->second;
}

// A renamed model takes its implicit many-to-many join tables along: Prisma names them after
// the models (`_PostToTag` becomes `_PostingToTag`), and without a hint the old one would be
// dropped with every link in it. A join table follows when exactly one relation joins the two
// models on each side. Column A points at the model whose name sorts first: when the new name
// sorts the other way, A and B swap meaning, and the columns are renamed into each other too
// (the planners run a swap through a temporary name, or a table rebuild).
void follow_join_tables(const Source& from, const Source& to,
                        const std::vector<std::pair<std::string, std::string>>& model_renames,
                        ir::RenameHints& hints) {
  const auto new_name = [&](const std::string& old_model) {
    for (const auto& [to_model, old] : model_renames) {
      if (old == old_model) {
        return to_model;
      }
    }
    return old_model;
  };
  const auto joining = [](const std::vector<JoinTable>& tables, const std::string& a,
                          const std::string& b) {
    std::vector<const JoinTable*> out;
    for (const JoinTable& t : tables) {
      if ((t.model_a == a && t.model_b == b) || (t.model_a == b && t.model_b == a)) {
        out.push_back(&t);
      }
    }
    return out;
  };
  for (const JoinTable& old_table : from.join_tables) {
    const std::string a = new_name(old_table.model_a);
    const std::string b = new_name(old_table.model_b);
    if (a == old_table.model_a && b == old_table.model_b) {
      continue;  // neither model is renamed
    }
    const auto before = joining(from.join_tables, old_table.model_a, old_table.model_b);
    const auto after = joining(to.join_tables, a, b);
    if (before.size() != 1 || after.size() != 1) {
      continue;
    }
    // A named relation's table (`_Likes`) keeps its name, but its columns may still swap.
    const bool renamed = after[0]->table != old_table.table;
    const bool swapped = after[0]->model_a != a;
    if (!renamed && !swapped) {
      continue;
    }
    bool hinted = false;
    for (const ir::TableRename& t : hints.tables) {
      hinted = hinted || t.from == old_table.table || t.to == after[0]->table;
    }
    if (!hinted) {
      if (renamed) {
        hints.tables.push_back({"", old_table.table, after[0]->table});
      }
      if (swapped) {
        hints.columns.push_back({"", after[0]->table, "A", "B"});
        hints.columns.push_back({"", after[0]->table, "B", "A"});
      }
    }
  }
}

}  // namespace

Result<ir::RenameHints> resolve_renames(const std::vector<std::string>& args, const Source& from,
                                        const Source& to) {
  ir::RenameHints hints;
  std::vector<std::pair<std::string, std::string>> model_renames;  // TO model -> FROM model
  std::vector<Split> field_renames;
  for (const std::string& arg : args) {
    auto s = split(arg, "--rename", false);
    if (!s) {
      return s.error();
    }
    if (s.value().field.empty()) {
      auto old_table = table_of(from, s.value().model, "FROM", arg);
      auto new_table = table_of(to, s.value().value, "TO", arg);
      if (!old_table) {
        return old_table.error();
      }
      if (!new_table) {
        return new_table.error();
      }
      hints.tables.push_back(
          {new_table.value().schema_name, old_table.value().table, new_table.value().table});
      model_renames.emplace_back(s.value().value, s.value().model);
    } else {
      field_renames.push_back(std::move(s.value()));
    }
  }
  for (const Split& f : field_renames) {
    const std::string arg = fmt::format("{}.{}={}", f.model, f.field, f.value);
    // The model is named as in TO; in FROM it has its old name when it is renamed too.
    std::string from_model = f.model;
    for (const auto& [to_model, old_model] : model_renames) {
      if (to_model == f.model) {
        from_model = old_model;
      }
    }
    auto to_table = table_of(to, f.model, "TO", arg);
    auto from_table = table_of(from, from_model, "FROM", arg);
    if (!to_table) {
      return to_table.error();
    }
    if (!from_table) {
      return from_table.error();
    }
    auto old_column = column_of(from_table.value(), f.field, "FROM", "--rename", arg);
    auto new_column = column_of(to_table.value(), f.value, "TO", "--rename", arg);
    if (!old_column) {
      return old_column.error();
    }
    if (!new_column) {
      return new_column.error();
    }
    hints.columns.push_back({to_table.value().schema_name, to_table.value().table,
                             old_column.value(), new_column.value()});
  }
  if (from.kind == Source::Kind::Schema && to.kind == Source::Kind::Schema) {
    follow_join_tables(from, to, model_renames, hints);
  }
  return hints;
}

Result<std::vector<backends::Backfill>> resolve_backfills(const std::vector<std::string>& args,
                                                          const Source& to) {
  std::vector<backends::Backfill> out;
  for (const std::string& arg : args) {
    auto s = split(arg, "--backfill", true);
    if (!s) {
      return s.error();
    }
    Resolved table{"", s.value().model, nullptr};
    if (to.kind == Source::Kind::Schema) {
      const auto it = to.models.find(s.value().model);
      if (it == to.models.end()) {
        return Error{fmt::format("--backfill {}: the TO schema ({}) has no model `{}`", arg,
                                 to.label, s.value().model)};
      }
      table = Resolved{it->second.schema_name, it->second.table, &it->second};
    }
    auto column = column_of(table, s.value().field, "TO", "--backfill", arg);
    if (!column) {
      return column.error();
    }
    out.push_back({ir::TableRef{table.schema_name, table.table}, column.value(), s.value().value});
  }
  return out;
}

}  // namespace schemac::tools
