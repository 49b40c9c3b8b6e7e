-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".

-- This is an empty migration.
