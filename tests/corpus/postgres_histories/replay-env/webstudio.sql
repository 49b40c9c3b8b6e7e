-- Environment prelude for webstudio, run after ../shared/corpus/tools/replay-env/webstudio.sql.
-- 20240917152817_pgtap runs `CREATE EXTENSION IF NOT EXISTS pgtap WITH SCHEMA pgtap`; pgTAP (a
-- unit-testing extension, no package on the suite's cluster) creates no object in the public
-- schema and no later migration uses it. Stand-in: a contrib extension renamed in the catalog
-- (as the shared formbricks prelude does for pgvector), so that statement is a no-op.
CREATE EXTENSION IF NOT EXISTS tsm_system_time;
UPDATE pg_extension SET extname = 'pgtap', extversion = '0.0-standin' WHERE extname = 'tsm_system_time';
