-- schemac 0.1.0 reverse migration script (postgresql)
-- from: to.prisma
-- to:   from.prisma
-- This script undoes the migration to "to.prisma": it takes the database back to "from.prisma".
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H203      high   ChangePrimaryKey "Enrollment": changes the primary key of "Enrollment" from ("studentId", "courseId") to ("id")

BEGIN;

-- AlterTable "Enrollment"
ALTER TABLE "Enrollment" DROP CONSTRAINT "Enrollment_pkey",
ADD CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id");

COMMIT;
