-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H203      high   ChangePrimaryKey "Enrollment": changes the primary key of "Enrollment" from ("id") to ("studentId", "courseId")

BEGIN;

-- AlterTable "Enrollment"
ALTER TABLE "Enrollment" DROP CONSTRAINT "Enrollment_pkey",
ADD CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("studentId", "courseId");

COMMIT;
