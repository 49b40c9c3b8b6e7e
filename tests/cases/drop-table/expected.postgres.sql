-- schemac 0.1.0 migration script (postgresql)
-- from: from.prisma
-- to:   to.prisma
--
-- 1 change: 0 safe, 0 risky, 1 high
--   H201      high   DropTable "AuditLog": drops table "AuditLog" and all its rows
--
-- DESTRUCTIVE steps below lose data; `schemac migrate deploy` refuses them without
-- --allow-destructive.

BEGIN;

-- DropTable "AuditLog"
-- DESTRUCTIVE: drops table "AuditLog" and all its rows
DROP TABLE "AuditLog";

COMMIT;
