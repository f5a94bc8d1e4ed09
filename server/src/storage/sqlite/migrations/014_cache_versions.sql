-- Several server processes on one file (PROCESSES=N): each keeps the entes with their directories
-- and the published module versions in memory. A counter per cache, raised by every write to what
-- it holds (by any process, or the CLI), tells each process when to forget its copy
-- (`cacheVersions.ts`): a staff member's role taken away, a module archived, counts at once
-- everywhere.
CREATE TABLE cache_versions (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL
) STRICT;
INSERT INTO cache_versions (name, version) VALUES ('directory', 0), ('modules', 0);

CREATE TRIGGER entes_changed_insert AFTER INSERT ON entes BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER entes_changed_update AFTER UPDATE ON entes BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER entes_changed_delete AFTER DELETE ON entes BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER offices_changed_insert AFTER INSERT ON offices BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER offices_changed_update AFTER UPDATE ON offices BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER offices_changed_delete AFTER DELETE ON offices BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER staff_changed_insert AFTER INSERT ON staff BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER staff_changed_update AFTER UPDATE ON staff BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER staff_changed_delete AFTER DELETE ON staff BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER staff_offices_changed_insert AFTER INSERT ON staff_offices BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER staff_offices_changed_update AFTER UPDATE ON staff_offices BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER staff_offices_changed_delete AFTER DELETE ON staff_offices BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'directory'; END;
CREATE TRIGGER module_versions_changed_insert AFTER INSERT ON module_versions BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'modules'; END;
CREATE TRIGGER module_versions_changed_update AFTER UPDATE ON module_versions BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'modules'; END;
CREATE TRIGGER module_versions_changed_delete AFTER DELETE ON module_versions BEGIN
  UPDATE cache_versions SET version = version + 1 WHERE name = 'modules'; END;
