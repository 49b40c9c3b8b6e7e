// Convenience views over the members of AST blocks.
#include "frontend/ast.hpp"

namespace schemac::frontend::ast {
namespace {

template <typename T, typename Members>
std::vector<const T*> members_of(const Members& members) {
  std::vector<const T*> out;
  out.reserve(members.size());  // one allocation, not one per doubling
  for (const auto& m : members) {
    if (const T* p = std::get_if<T>(&m)) {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace

std::vector<const Field*> Model::fields() const { return members_of<Field>(members); }

std::vector<const BlockAttribute*> Model::block_attributes() const {
  return members_of<BlockAttribute>(members);
}

std::vector<const EnumValue*> Enum::values() const { return members_of<EnumValue>(members); }

std::vector<const BlockAttribute*> Enum::block_attributes() const {
  return members_of<BlockAttribute>(members);
}

std::vector<const Property*> ConfigBlock::properties() const {
  return members_of<Property>(members);
}

}  // namespace schemac::frontend::ast
