import type { Database } from 'better-sqlite3';
import type { Module } from '@modulo/form-model';
import type { ModuleStore, PublishedModule } from '../ModuleStore';

interface VersionRow {
  ente_id: string;
  module_id: string;
  version: string;
  document: string;
  status: 'published' | 'archived';
  published_at: string;
}

/** Published module versions (first version; server-modules extends it). */
export class SqliteModuleStore implements ModuleStore {
  /** Parsed documents by ente/module/version: a published version never changes. */
  private readonly parsed = new Map<string, Module>();

  private readonly byVersion;
  private readonly latest;

  constructor(private readonly db: Database) {
    this.byVersion = db.prepare(
      'SELECT * FROM module_versions WHERE ente_id = ? AND module_id = ? AND version = ?',
    );
    this.latest = db.prepare(
      'SELECT * FROM module_versions WHERE ente_id = ? AND module_id = ? ORDER BY seq DESC LIMIT 1',
    );
  }

  publish(enteId: string, module: Module, at: Date): Promise<PublishedModule> {
    const existing = this.row(enteId, module.id, module.version);
    if (existing) return Promise.resolve(this.toPublished(existing));
    this.db
      .prepare(
        `INSERT INTO module_versions (ente_id, module_id, version, document, status, published_at, seq)
         VALUES (?, ?, ?, ?, 'published', ?,
           (SELECT coalesce(max(seq), 0) + 1 FROM module_versions WHERE ente_id = ? AND module_id = ?))`,
      )
      .run(enteId, module.id, module.version, JSON.stringify(module), at.toISOString(), enteId, module.id);
    return Promise.resolve(this.toPublished(this.row(enteId, module.id, module.version)!));
  }

  current(enteId: string, moduleId: string): Promise<PublishedModule | undefined> {
    const row = this.latest.get(enteId, moduleId) as VersionRow | undefined;
    return Promise.resolve(row && this.toPublished(row));
  }

  version(enteId: string, moduleId: string, version: string): Promise<PublishedModule | undefined> {
    const row = this.row(enteId, moduleId, version);
    return Promise.resolve(row && this.toPublished(row));
  }

  list(enteId: string): Promise<PublishedModule[]> {
    const rows = this.db
      .prepare(
        `SELECT v.* FROM module_versions v WHERE v.ente_id = ? AND v.seq =
           (SELECT max(seq) FROM module_versions w WHERE w.ente_id = v.ente_id AND w.module_id = v.module_id)
         ORDER BY v.module_id`,
      )
      .all(enteId) as VersionRow[];
    return Promise.resolve(rows.map((r) => this.toPublished(r)));
  }

  archive(enteId: string, moduleId: string): Promise<boolean> {
    const info = this.db
      .prepare("UPDATE module_versions SET status = 'archived' WHERE ente_id = ? AND module_id = ?")
      .run(enteId, moduleId);
    return Promise.resolve(info.changes > 0);
  }

  private row(enteId: string, moduleId: string, version: string): VersionRow | undefined {
    return this.byVersion.get(enteId, moduleId, version) as VersionRow | undefined;
  }

  private toPublished(r: VersionRow): PublishedModule {
    const key = `${r.ente_id}/${r.module_id}/${r.version}`;
    let module = this.parsed.get(key);
    if (!module) {
      module = JSON.parse(r.document) as Module;
      this.parsed.set(key, module);
    }
    return {
      enteId: r.ente_id,
      moduleId: r.module_id,
      version: r.version,
      module,
      status: r.status,
      publishedAt: r.published_at,
    };
  }
}
