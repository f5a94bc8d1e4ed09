-- SQLite only (several processes on one file keep their caches in step through a counter table):
-- the PostgreSQL store keeps no such caches, so this migration changes nothing here. It exists so
-- that both stores keep the same list of migrations.
SELECT 1;
