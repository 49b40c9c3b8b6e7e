// The process heap of the schemac program: reserved up front and backed by huge pages.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace schemac::tools {

// Call first thing in main(), before anything large is allocated. Best effort: on a system
// without transparent huge pages, or where the reservation is refused, it changes nothing.
void use_huge_pages_for_the_heap();

// Hands `object` over to the process: it is never destroyed, and its memory goes back to the
// system with the process. A command's syntax trees, schemas and plans are hundreds of
// thousands of blocks; freeing them one by one just before exit was a tenth of a run at
// 10,000 models and serves no one. Only for what a command holds until it returns. The
// objects stay reachable from a static, so leak checkers do not report them.
template <class T>
void keep_until_exit(T&& object) {
  static auto* const kept = new std::vector<std::shared_ptr<void>>();
  kept->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(object)));
}

}  // namespace schemac::tools
