// The process heap of the schemac program: reserved up front and backed by huge pages.
#include "tools/heap.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace schemac::tools {

namespace {

// Virtual address space only: pages cost nothing until they are touched.
constexpr std::size_t kReservation = std::size_t{1} << 30;
constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;

}  // namespace

// A schemac run builds its syntax tree, resolved schema and IR out of hundreds of thousands of
// small allocations and exits: at 10,000 models about 180 MB, 46,000 first-touch page faults
// of 4 KiB each, and those faults (with malloc growing the heap step by step) were more than
// half of the process's time. glibc can back its heap with transparent huge pages
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), but tunables are read only when the process starts,
// so we do by hand what that tunable does: grow the main heap once by a large pad, with no
// mmap'd chunks beside it (so that every block lands in it), and ask the kernel to back that
// range with 2 MiB pages (madvise(2), MADV_HUGEPAGE; effective when
// /sys/kernel/mm/transparent_hugepage/enabled is `madvise` or `always`). Nothing is returned
// to the system before exit, which a short-lived command does not need.
void use_huge_pages_for_the_heap() {
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, static_cast<int>(kReservation));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(kReservation));
  // A block larger than what is left of the startup heap makes malloc extend it by the pad.
  void* probe = std::malloc(256 << 10);
  const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const auto begin = (reinterpret_cast<std::uintptr_t>(probe) + kHugePage) & ~(kHugePage - 1);
  if (probe != nullptr && top > begin) {
    (void)madvise(reinterpret_cast<void*>(begin), top - begin, MADV_HUGEPAGE);
  }
  std::free(probe);
}

}  // namespace schemac::tools
