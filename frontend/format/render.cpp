// The formatter's walk over a file: top-level items, then each block's contents into tables.
#include "frontend/format/render.hpp"

#include <algorithm>
#include <utility>

#include "frontend/format/comment_rows.hpp"
#include "frontend/format/expression_text.hpp"
#include "frontend/format/source_items.hpp"
#include "frontend/format/table.hpp"
#include "support/overloaded.hpp"

namespace schemac::frontend::format {
namespace {

template <typename T>
bool holds(const std::vector<Item>& items, std::size_t i) {
  return i < items.size() && std::holds_alternative<T>(items[i]);
}

bool is_block_attribute(const std::vector<Item>& items, std::size_t i) {
  if (!holds<DeclarationItem>(items, i)) {
    return false;
  }
  return std::holds_alternative<const ast::BlockAttribute*>(
      std::get<DeclarationItem>(items[i]).node);
}

class BlockWriter {
 public:
  BlockWriter(std::string_view source, Renderer& out) : src_(source), out_(out) {}

  // reformat_block_contents: tables reset at every empty line; block attributes (with the
  // comment block right above each) collected, sorted and written last after one empty line.
  void contents(const std::vector<Item>& items) {
    std::size_t i = 0;
    while (holds<EmptyLinesItem>(items, i)) {
      ++i;
    }
    const Item* pending_comment = nullptr;
    while (true) {
      const bool ate_empty_lines = holds<EmptyLinesItem>(items, i);
      if (ate_empty_lines) {
        ++i;
        // Empty lines at the end of the block, before a block attribute or before a comment
        // block are dropped here; the comment block decides on its own below.
        if (i < items.size() && !is_block_attribute(items, i) && !holds<CommentsItem>(items, i)) {
          restart_table();
        }
      }
      if (i >= items.size()) {
        break;
      }
      const Item& current = items[i++];
      std::visit(Overloaded{
                     [&](const CommentsItem& comments) {
                       if (is_block_attribute(items, i)) {
                         pending_comment = &current;  // moves with the attribute
                         return;
                       }
                       if (ate_empty_lines) {
                         restart_table();
                       }
                       add_comment_rows(table_, comments);
                     },
                     [&](const DeclarationItem& declaration) {
                       if (std::holds_alternative<const ast::BlockAttribute*>(declaration.node)) {
                         attributes_.emplace_back(pending_comment, &declaration);
                         pending_comment = nullptr;
                       } else {
                         member(declaration);
                       }
                     },
                     [&](const CatchAllItem& line) { table_.interleave(line.text); },
                     [&](const RawItem& raw) { table_.interleave(raw.text); },
                     [&](const BareKeyItem& key) {
                       table_.start_new_line();
                       table_.column(0) = std::string(key.name);
                       suffix(key.trailing_comment);
                     },
                     [&](const EmptyLinesItem&) {},
                 },
                 current);
    }
    finish();
  }

 private:
  void restart_table() {
    table_.render(out_);
    table_.start_new_line();
  }

  void finish() {
    table_.render(out_);
    if (!attributes_.empty()) {
      table_.start_new_line();
    }
    std::stable_sort(attributes_.begin(), attributes_.end(), [](const auto& a, const auto& b) {
      return attribute_sort_index(block_attribute(*a.second).attribute.name.name) <
             attribute_sort_index(block_attribute(*b.second).attribute.name.name);
    });
    for (const auto& [comment, declaration] : attributes_) {
      if (comment != nullptr) {
        add_comment_rows(table_, std::get<CommentsItem>(*comment));
      }
      table_.start_new_line();
      table_.column(0) = "@@" + attribute_text(block_attribute(*declaration).attribute);
      suffix(declaration->trailing_comment);
    }
    attributes_.clear();
    table_.render(out_);
  }

  static const ast::BlockAttribute& block_attribute(const DeclarationItem& d) {
    return *std::get<const ast::BlockAttribute*>(d.node);
  }

  void suffix(std::string_view trailing_comment) {
    if (!trailing_comment.empty()) {
      table_.append_suffix(trailing_comment);
    }
  }

  void member(const DeclarationItem& declaration) {
    std::visit(Overloaded{
                   [&](const ast::Field* f) { field(*f); },
                   [&](const ast::EnumValue* v) { enum_value(*v); },
                   [&](const ast::Property* p) { property(*p); },
                   [&](const auto*) {},
               },
               declaration.node);
    suffix(declaration.trailing_comment);
  }

  void field(const ast::Field& f) {
    table_.start_new_line();
    table_.column(0) = std::string(f.name.name);
    if (f.type) {
      table_.column(1) = field_type_text(src_, *f.type);
    }
    std::vector<const ast::Attribute*> attributes;
    for (const ast::Attribute& a : f.attributes) {
      attributes.push_back(&a);
    }
    std::stable_sort(attributes.begin(), attributes.end(), [](const auto* a, const auto* b) {
      return attribute_sort_index(a->name.name) < attribute_sort_index(b->name.name);
    });
    std::string& column = table_.column(2);
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      if (i > 0) {
        column.push_back(' ');
      }
      column.push_back('@');
      column.append(attribute_text(*attributes[i]));
    }
  }

  // Prisma writes an enum value's attributes into one column without a separator
  // (`A @map("a")@deprecated`): reformat_enum_entry appends each to the same column.
  void enum_value(const ast::EnumValue& v) {
    table_.start_new_line();
    table_.column(0) = std::string(v.name.name);
    for (const ast::Attribute& a : v.attributes) {
      std::string& column = table_.column(1);
      column.push_back('@');
      column.append(attribute_text(a));
    }
  }

  void property(const ast::Property& p) {
    table_.start_new_line();
    table_.column(0) = std::string(p.name.name);
    if (p.value) {
      std::string& column = table_.column(1);
      column.append("= ");
      append_expression(*p.value, column);
    }
  }

  std::string_view src_;
  Renderer& out_;
  Table table_;
  std::vector<std::pair<const Item*, const DeclarationItem*>> attributes_;
};

template <typename Block>
void write_block(std::string_view source, const Block& block, Renderer& out) {
  out.write(
      source.substr(block.keyword_span.begin, block.keyword_span.end - block.keyword_span.begin));
  out.write(" ");
  out.write(block.name.name);
  out.write(" {");
  out.end_line();
  out.indent_up();
  BlockWriter(source, out)
      .contents(block_items(source, block.members, block.name.span.end, block.span.end));
  out.indent_down();
  out.write("}");
  out.end_line();
}

}  // namespace

std::string render_file(std::string_view source, const ast::SchemaFile& file,
                        unsigned indent_width) {
  Renderer out(indent_width);
  const std::vector<Item> items = file_items(source, file);
  std::size_t i = 0;
  while (holds<EmptyLinesItem>(items, i)) {
    ++i;
  }
  for (; i < items.size(); ++i) {
    std::visit(Overloaded{
                   [&](const DeclarationItem& declaration) {
                     std::visit(
                         Overloaded{
                             [&](const ast::Model* m) { write_block(source, *m, out); },
                             [&](const ast::Enum* e) { write_block(source, *e, out); },
                             [&](const ast::ConfigBlock* c) { write_block(source, *c, out); },
                             [&](const auto*) {},
                         },
                         declaration.node);
                   },
                   [&](const CommentsItem& comments) {
                     Table table;
                     add_comment_rows(table, comments);
                     table.render(out);
                   },
                   [&](const EmptyLinesItem&) {
                     // The empty lines at the end of the file are dropped.
                     if (i + 1 < items.size()) {
                       out.end_line();
                     }
                   },
                   [&](const CatchAllItem& line) { out.write(line.text); },
                   [&](const RawItem& raw) { out.write(raw.text); },
                   [&](const BareKeyItem&) {},  // only read inside config blocks
               },
               items[i]);
  }
  std::string text = out.take();
  if (text.empty() || text.back() != '\n') {
    text.push_back('\n');
  }
  return text;
}

}  // namespace schemac::frontend::format
