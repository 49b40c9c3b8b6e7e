// The process heap of the schemac program: reserved up front and backed by huge pages.
#pragma once

namespace schemac::tools {

// Call first thing in main(), before anything large is allocated. Best effort: on a system
// without transparent huge pages, or where the reservation is refused, it changes nothing.
void use_huge_pages_for_the_heap();

}  // namespace schemac::tools
