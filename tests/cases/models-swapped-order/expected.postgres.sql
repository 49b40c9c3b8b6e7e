-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma

-- This is an empty migration.
