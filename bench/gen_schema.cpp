// Writes a synthetic schema.prisma of N models to stdout, for benchmarks.
//   gen_schema N [postgresql|sqlite] [SEED_VARIANT]
// Each model: an autoincrement id, eight scalar fields (String, Int, Float?, Boolean, DateTime,
// Json?, an enum, a unique email), a required 1:n relation to the previous model, a compound
// index; every 10th model has an implicit many-to-many relation with the model 5 before it.
// One enum per 10 models. A non-zero SEED_VARIANT changes 1% of the models (a new optional
// column and a new index on them), to benchmark diffs between two large schemas.
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen_schema N [postgresql|sqlite] [VARIANT]\n");
    return 1;
  }
  const long n = std::strtol(argv[1], nullptr, 10);
  const std::string provider = argc > 2 ? argv[2] : "postgresql";
  const long variant = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 0;
  if (n < 1 || n > 1'000'000) {
    std::fprintf(stderr, "gen_schema: N must be between 1 and 1000000\n");
    return 1;
  }
  std::printf("datasource db {\n  provider = \"%s\"\n}\n\n", provider.c_str());
  std::printf("generator client {\n  provider = \"prisma-client\"\n  output   = \"./generated\"\n}\n\n");
  for (long e = 0; e < (n + 9) / 10; ++e) {
    std::printf("enum Status%ld {\n  ACTIVE\n  PAUSED\n  ARCHIVED\n}\n\n", e);
  }
  for (long i = 0; i < n; ++i) {
    const bool changed = variant != 0 && i % 100 == variant % 100;
    std::printf("model Model%ld {\n", i);
    std::printf("  id        Int      @id @default(autoincrement())\n");
    std::printf("  name      String\n");
    std::printf("  email     String   @unique\n");
    std::printf("  count     Int      @default(0)\n");
    std::printf("  score     Float?\n");
    std::printf("  active    Boolean  @default(true)\n");
    std::printf("  createdAt DateTime @default(now()) @map(\"created_at\")\n");
    std::printf("  data      Json?\n");
    std::printf("  status    Status%ld @default(ACTIVE)\n", i / 10);
    if (changed) {
      std::printf("  note      String?\n");
    }
    if (i > 0) {
      std::printf("  parentId  Int\n");
      std::printf("  parent    Model%ld @relation(fields: [parentId], references: [id])\n", i - 1);
    }
    if (i + 1 < n) {
      std::printf("  children  Model%ld[]\n", i + 1);
    }
    if (i % 10 == 0 && i >= 5) {
      std::printf("  peers     Model%ld[]\n", i - 5);
    }
    if (i % 10 == 5 && i + 5 < n) {
      std::printf("  peerOf    Model%ld[]\n", i + 5);
    }
    std::printf("\n  @@index([name, createdAt(sort: Desc)])\n");
    if (changed) {
      std::printf("  @@index([note])\n");
    }
    std::printf("}\n\n");
  }
  return 0;
}
