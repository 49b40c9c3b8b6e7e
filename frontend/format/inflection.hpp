// The names Prisma gives the relation fields it adds: camelCase and English plurals, after the
// `cruet` crate that psl/psl-core/src/reformat.rs calls (to_camel_case, to_plural).
#pragma once

#include <string>
#include <string_view>

namespace schemac::frontend::format {

// `Post` -> `post`, `PostableEntity` -> `postableEntity`, `user_profile` -> `userProfile`.
[[nodiscard]] std::string camel_case(std::string_view name);

// English plural of a camelCase name, inflecting its last word: `post` -> `posts`,
// `category` -> `categories`, `person` -> `people`, `post2` -> `post2s`. Rails' rules, which
// cruet ports; uncountable words stay as they are.
[[nodiscard]] std::string plural(std::string_view name);

}  // namespace schemac::frontend::format
