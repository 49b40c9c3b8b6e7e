-- schemac 0.1.0 migration script (sqlite)
-- from: from.prisma
-- to:   to.prisma

-- This is an empty migration.
