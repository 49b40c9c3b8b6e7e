// Names of added relation fields (frontend/format/inflection.cpp), after the cruet crate.
#include "frontend/format/inflection.hpp"

#include <doctest/doctest.h>

using schemac::frontend::format::camel_case;
using schemac::frontend::format::plural;

TEST_CASE("format inflection: camelCase lowers the first letter and joins snake_case words") {
  CHECK(camel_case("Post") == "post");
  CHECK(camel_case("PostableEntity") == "postableEntity");
  CHECK(camel_case("frownyface") == "frownyface");
  CHECK(camel_case("user_profile") == "userProfile");
  CHECK(camel_case("Post2") == "post2");
  CHECK(camel_case("HTTPLog") == "httplog");  // runs of capitals are one word (Prisma 7.10.1)
  CHECK(camel_case("URL") == "url");
}

TEST_CASE("format inflection: plurals follow English rules on the last word") {
  CHECK(plural("user") == "users");
  CHECK(plural("post2") == "post2s");
  CHECK(plural("a") == "as");  // Prisma's own output for a model `A` (oracle, Prisma 7.10.1)
  CHECK(plural("category") == "categories");
  CHECK(plural("blogCategory") == "blogCategories");
  CHECK(plural("day") == "days");
  CHECK(plural("address") == "addresses");
  CHECK(plural("box") == "boxes");
  CHECK(plural("person") == "people");
  CHECK(plural("child") == "children");
  CHECK(plural("status") == "statuses");
  CHECK(plural("leaf") == "leaves");
  CHECK(plural("medium") == "mediums");
  CHECK(plural("datum") == "data");
  CHECK(plural("campus") == "campuses");
  CHECK(plural("fish") == "fishes");
  CHECK(plural("equipment") == "equipment");
  // Uncountable words and irregular plurals count only as whole names; suffix rules apply to
  // the whole name (all pinned on Prisma 7.10.1's output).
  CHECK(plural("assetEquipment") == "assetEquipments");
  CHECK(plural("assetFileMetadata") == "assetFileMetadata");
  CHECK(plural("criterion") == "criteria");
  CHECK(plural("barefoot") == "barefoots");
  CHECK(plural("foot") == "feet");
  CHECK(plural("salesperson") == "salespeople");
  CHECK(plural("mouse") == "mice");
  CHECK(plural("bias") == "bias");
  CHECK(plural("media") == "medias");
}
