// Builds tests/corpus/ir/pipeline.cpp (schema path → lowered IR) into this area: the tests'
// CMake globs each area's own folder only, and this is the one lowering helper the corpus
// tests share.
#include "tests/corpus/ir/pipeline.cpp"  // NOLINT(bugprone-suspicious-include)
