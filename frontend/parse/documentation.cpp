// Doc comment attachment, Prisma's way (see documentation.hpp).
#include "frontend/parse/documentation.hpp"

#include <optional>
#include <type_traits>
#include <variant>

namespace schemac::frontend::parse {
namespace {

std::vector<ast::Comment> doc_lines(const ast::CommentBlock* block) {
  std::vector<ast::Comment> out;
  if (block != nullptr) {
    for (const ast::Comment& c : block->comments) {
      if (c.is_doc) {
        out.push_back(c);
      }
    }
  }
  return out;
}

template <typename Item>
void document(Item& item, const ast::CommentBlock*& pending) {
  item.documentation = doc_lines(pending);
  pending = nullptr;
  if (item.trailing_comment && item.trailing_comment->is_doc) {
    item.documentation.push_back(*item.trailing_comment);
  }
}

template <typename Members>
void document_members(Members& members) {
  const ast::CommentBlock* pending = nullptr;
  for (auto& member : members) {
    std::visit(
        [&](auto& m) {
          using T = std::decay_t<decltype(m)>;
          if constexpr (std::is_same_v<T, ast::CommentBlock>) {
            pending = &m;
          } else if constexpr (std::is_same_v<T, ast::Field> || std::is_same_v<T, ast::EnumValue>) {
            document(m, pending);
          }
        },
        member);
  }
}

bool is_block(const ast::Top& top) {
  return std::holds_alternative<ast::Model>(top) || std::holds_alternative<ast::Enum>(top) ||
         std::holds_alternative<ast::ConfigBlock>(top);
}

}  // namespace

void attach_documentation(ast::SchemaFile& file) {
  const ast::CommentBlock* pending = nullptr;
  for (std::size_t i = 0; i < file.tops.size(); ++i) {
    ast::Top& top = file.tops[i];
    if (const auto* block = std::get_if<ast::CommentBlock>(&top)) {
      if (i + 1 < file.tops.size() && is_block(file.tops[i + 1])) {
        pending = block;
      }
      continue;
    }
    std::visit(
        [&](auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<T, ast::Model> || std::is_same_v<T, ast::Enum> ||
                        std::is_same_v<T, ast::ConfigBlock>) {
            node.documentation = doc_lines(pending);
            pending = nullptr;
            document_members(node.members);
          }
        },
        top);
  }
}

}  // namespace schemac::frontend::parse
