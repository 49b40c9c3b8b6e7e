// The text Prisma's formatter inserts to complete 1:1 and 1:n relations: missing back-relation
// and forward relation fields, their scalar fields, `@relation` attributes and their `fields:` /
// `references:` arguments (psl/psl-core/src/reformat.rs, "magic reformatting").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/format/relation_model.hpp"

namespace schemac::frontend::format {

// `text` goes in before byte `position` of its file.
struct Insertion {
  std::uint32_t position = 0;
  std::string text;
};

// Per file of the schema (index into ast::Schema::files), the insertions in Prisma's order:
// fields first, then attributes, then arguments, each relation in storage order; inserted
// lines carry no indentation because the formatter re-lays them out afterwards.
// An added scalar field copies the native type attribute (`@db.SmallInt`) of the field it
// references.
[[nodiscard]] std::vector<std::vector<Insertion>> missing_relation_bits(const RelationModel& model,
                                                                        std::size_t file_count);

// `source` with the insertions applied (stable by position: equal positions keep their order).
[[nodiscard]] std::string apply_insertions(std::string_view source,
                                           std::vector<Insertion> insertions);

}  // namespace schemac::frontend::format
