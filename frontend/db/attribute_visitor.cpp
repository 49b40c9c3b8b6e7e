// The attribute visiting state machine (see attribute_visitor.hpp).
#include "frontend/db/attribute_visitor.hpp"

#include <algorithm>

#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {

AttributeVisitor::AttributeVisitor(const SourceManager& sources, Diagnostics& diags)
    : sources_(sources), diags_(diags) {}

void AttributeVisitor::restart() {
  attributes_.clear();
  last_argument_span_ = Span{};
  current_ = nullptr;
  repeated_name_ = {};
  repeated_next_ = 0;
  pending_args_.clear();
}

void AttributeVisitor::start(const std::vector<ast::Attribute>& attributes) {
  restart();
  for (const ast::Attribute& a : attributes) {
    attributes_.push_back(&a);
  }
  used_.assign(attributes_.size(), false);
}

namespace {

// The trailing comma of an argument list: the last `,` before its `)`.
Span trailing_comma_span(const ast::ArgumentList& list, const SourceManager& sources) {
  const std::string_view text = sources.text(list.span.file);
  std::uint32_t pos = list.span.end;
  while (pos > list.span.begin) {
    --pos;
    if (pos < text.size() && text[pos] == ',') {
      return Span{list.span.file, pos, pos + 1};
    }
  }
  return list.span;
}

}  // namespace

bool AttributeVisitor::visit_optional_single(std::string_view name) {
  // Asked for every known attribute of every field: no allocation on this path.
  std::size_t first = attributes_.size();
  std::size_t count = 0;
  for (std::size_t i = 0; i < attributes_.size(); ++i) {
    if (attributes_[i]->name.name == name) {
      first = count == 0 ? i : first;
      ++count;
    }
  }
  if (count == 0) {
    return false;
  }
  if (count > 1) {
    for (std::size_t i = first; i < attributes_.size(); ++i) {
      if (attributes_[i]->name.name == name) {
        diags_.push(msg::duplicate_attribute(attributes_[i]->span, attributes_[i]->name.name));
        used_[i] = true;
      }
    }
    return false;
  }
  used_[first] = true;
  return set_current(first);
}

bool AttributeVisitor::visit_repeated(std::string_view name) {
  // Called until it answers false: resuming after the last occurrence of the same name, where
  // everything before is used, makes a block of n `@@index` O(n), not O(n^2).
  if (name != repeated_name_) {
    repeated_name_ = name;
    repeated_next_ = 0;
  }
  for (std::size_t i = repeated_next_; i < attributes_.size(); ++i) {
    if (!used_[i] && attributes_[i]->name.name == name) {
      used_[i] = true;
      repeated_next_ = i + 1;
      if (set_current(i)) {
        return true;
      }
    }
  }
  repeated_next_ = attributes_.size();
  return false;
}

const ast::Attribute* AttributeVisitor::visit_datasource_scoped() {
  const ast::Attribute* found = nullptr;
  for (std::size_t i = 0; i < attributes_.size(); ++i) {
    const auto n = attributes_[i]->name.name;
    const auto dot = n.find('.');
    if (dot == std::string_view::npos) {
      continue;
    }
    used_[i] = true;
    if (found != nullptr) {
      diags_.push(msg::duplicate_attribute(attributes_[i]->span, n.substr(0, dot)));
    }
    found = attributes_[i];
  }
  return found;
}

bool AttributeVisitor::set_current(std::size_t index) {
  const ast::Attribute& attr = *attributes_[index];
  bool usable = true;
  // Prisma names the attribute "@index" here even for `@@index` (context.rs set_attribute),
  // except for arguments of functions nested in an array, which get "@@".
  if (attr.arguments) {
    // The names shown in messages are built only when one is reported.
    const auto display = [&](std::string_view at) { return std::string(at) += attr.name.name; };
    // Empty arguments (`map:`) in the attribute and in functions nested one level down.
    auto check_list = [&](const ast::ArgumentList& list, std::string_view at) {
      for (const auto& a : list.arguments) {
        if (!a.value && a.name) {
          diags_.push(msg::argument_missing_value(a.name->span, display(at), a.name->name));
          usable = false;
        }
      }
    };
    check_list(*attr.arguments, "@");
    for (const auto& a : attr.arguments->arguments) {
      const auto* v = argument_value(a);
      if (v == nullptr) {
        continue;
      }
      if (const auto* f = as_function(*v)) {
        check_list(f->arguments, "@");
      } else if (const auto* arr = as_array(*v)) {
        for (const auto& item : arr->items) {
          if (const auto* f = as_function(item)) {
            check_list(f->arguments, "@@");
          }
        }
      }
    }
    if (attr.arguments->trailing_comma) {
      diags_.push(msg::trailing_comma_in_arguments(trailing_comma_span(*attr.arguments, sources_),
                                                   display("@")));
    }
  }
  if (!usable) {
    return false;
  }
  current_ = &attr;
  last_argument_span_ = attr.span;
  pending_args_.clear();
  if (!attr.arguments) {
    return true;
  }
  std::vector<std::string> unnamed_texts;
  const auto& args = attr.arguments->arguments;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::optional<std::string_view> name;
    if (args[i].name) {
      name = args[i].name->name;
    }
    auto existing = std::find_if(pending_args_.begin(), pending_args_.end(),
                                 [&](const auto& p) { return p.first == name; });
    if (existing == pending_args_.end()) {
      pending_args_.emplace_back(name, i);
      continue;
    }
    if (!name) {
      if (unnamed_texts.empty()) {
        unnamed_texts.push_back(expression_text(*args[existing->second].value));
      }
      unnamed_texts.push_back(expression_text(*args[i].value));
      existing->second = i;
    } else {
      diags_.push(msg::duplicate_argument(args[i].span, *name));
    }
  }
  if (!unnamed_texts.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < unnamed_texts.size(); ++i) {
      joined += (i > 0 ? ", " : "") + unnamed_texts[i];
    }
    diags_.push(msg::multiple_unnamed_arguments(attr.span, current_display_name(), joined));
  }
  return true;
}

const ast::Expression* AttributeVisitor::optional_argument(std::string_view name) {
  for (auto it = pending_args_.begin(); it != pending_args_.end(); ++it) {
    if (it->first && *it->first == name) {
      const auto& arg = current_->arguments->arguments[it->second];
      last_argument_span_ = arg.span;
      const auto* v = argument_value(arg);
      pending_args_.erase(it);
      return v;
    }
  }
  return nullptr;
}

const ast::Expression* AttributeVisitor::optional_default_argument(std::string_view name) {
  auto named = std::find_if(pending_args_.begin(), pending_args_.end(),
                            [&](const auto& p) { return p.first && *p.first == name; });
  auto unnamed = std::find_if(pending_args_.begin(), pending_args_.end(),
                              [](const auto& p) { return !p.first; });
  if (named != pending_args_.end() && unnamed != pending_args_.end()) {
    const auto& arg = current_->arguments->arguments[named->second];
    diags_.push(msg::duplicate_default_argument(arg.span, name));
    // Prisma removes both from the pending set.
    const auto named_index = named->second;
    pending_args_.erase(unnamed);
    pending_args_.erase(std::find_if(pending_args_.begin(), pending_args_.end(),
                                     [&](const auto& p) { return p.second == named_index; }));
    return nullptr;
  }
  auto it = named != pending_args_.end() ? named : unnamed;
  if (it == pending_args_.end()) {
    return nullptr;
  }
  last_argument_span_ = current_->arguments->arguments[it->second].span;
  const auto* v = argument_value(current_->arguments->arguments[it->second]);
  pending_args_.erase(it);
  return v;
}

const ast::Expression* AttributeVisitor::default_argument(std::string_view name) {
  const bool present = std::any_of(pending_args_.begin(), pending_args_.end(), [&](const auto& p) {
    return !p.first || *p.first == name;
  });
  if (!present) {
    diags_.push(msg::argument_missing(current_->span, name));
    return nullptr;
  }
  return optional_default_argument(name);
}

void AttributeVisitor::validate_arguments() {
  for (const auto& [name, index] : pending_args_) {
    diags_.push(msg::no_such_argument(current_->arguments->arguments[index].span));
  }
  discard_arguments();
}

void AttributeVisitor::discard_arguments() {
  pending_args_.clear();
  current_ = nullptr;
}

std::string AttributeVisitor::current_display_name() const {
  // Prisma's parser database says "@index" even for `@@index` (Context::
  // push_attribute_validation_error); only psl-core's later rules say "@@index".
  return "@" + std::string(current_->name.name);
}

void AttributeVisitor::finish() {
  for (std::size_t i = 0; i < attributes_.size(); ++i) {
    if (!used_[i]) {
      diags_.push(msg::attribute_not_known(attributes_[i]->span, attributes_[i]->name.name));
    }
  }
}

}  // namespace schemac::frontend::db
