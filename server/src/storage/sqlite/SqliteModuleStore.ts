import type { Database } from 'better-sqlite3';
import type { Module } from '@modulo/form-model';
import type { CompiledValidators } from '../../validator/compileValidators';
import type { ModuleDraft, ModuleStore, PublishedModule, PublishInput } from '../ModuleStore';
import { CacheVersions } from './cacheVersions';

interface VersionRow {
  ente_id: string;
  module_id: string;
  version: string;
  document: string;
  status: 'published' | 'archived';
  published_at: string;
  published_by: string | null;
}

interface DraftRow {
  ente_id: string;
  module_id: string;
  document: string;
  based_on: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

/** Published module versions (first version; server-modules extends it). */
export class SqliteModuleStore implements ModuleStore {
  /** Parsed documents by ente/module/version: a published version never changes. */
  private readonly parsed = new Map<string, Module>();

  private readonly byVersion;
  private readonly latest;
  /**
   * Answers of `version` and `current` by key, dropped on every write of this store: SQLite reads
   * a version's whole document (tens of KB of overflow pages) even to reach its status, twice per
   * filing otherwise. Also dropped when another connection to the file (another server process,
   * the CLI) has written a version (`CacheVersions`).
   */
  private readonly byKey = new Map<string, PublishedModule>();
  private readonly currentOf = new Map<string, PublishedModule>();

  constructor(
    private readonly db: Database,
    private readonly caches = new CacheVersions(db),
  ) {
    this.byVersion = db.prepare(
      'SELECT * FROM module_versions WHERE ente_id = ? AND module_id = ? AND version = ?',
    );
    this.latest = db.prepare(
      'SELECT * FROM module_versions WHERE ente_id = ? AND module_id = ? ORDER BY seq DESC LIMIT 1',
    );
  }

  publish(enteId: string, module: Module, at: Date): Promise<PublishedModule> {
    this.written();
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
    if (this.caches.stale('modules')) this.written();
    const key = `${enteId}/${moduleId}`;
    let found = this.currentOf.get(key);
    if (!found) {
      const row = this.latest.get(enteId, moduleId) as VersionRow | undefined;
      found = row && this.toPublished(row);
      if (found) this.currentOf.set(key, found);
    }
    return Promise.resolve(found);
  }

  version(enteId: string, moduleId: string, version: string): Promise<PublishedModule | undefined> {
    if (this.caches.stale('modules')) this.written();
    const key = `${enteId}/${moduleId}/${version}`;
    let found = this.byKey.get(key);
    if (!found) {
      const row = this.row(enteId, moduleId, version);
      found = row && this.toPublished(row);
      if (found) this.byKey.set(key, found);
    }
    return Promise.resolve(found);
  }

  /** Forgets the cached answers: after any write to `module_versions`. */
  private written(): void {
    this.byKey.clear();
    this.currentOf.clear();
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
    this.written();
    const info = this.db
      .prepare("UPDATE module_versions SET status = 'archived' WHERE ente_id = ? AND module_id = ?")
      .run(enteId, moduleId);
    return Promise.resolve(info.changes > 0);
  }

  publishVersion(input: PublishInput): Promise<PublishedModule | 'exists'> {
    this.written();
    const { enteId, module } = input;
    const run = this.db.transaction((): PublishedModule | 'exists' => {
      if (this.row(enteId, module.id, module.version)) return 'exists';
      this.db
        .prepare(
          `INSERT INTO module_versions (ente_id, module_id, version, document, status, published_at, published_by, seq)
           VALUES (?, ?, ?, ?, 'published', ?, ?,
             (SELECT coalesce(max(seq), 0) + 1 FROM module_versions WHERE ente_id = ? AND module_id = ?))`,
        )
        .run(
          enteId,
          module.id,
          module.version,
          JSON.stringify(module),
          input.at.toISOString(),
          input.by,
          enteId,
          module.id,
        );
      this.insertValidators(enteId, module.id, module.version, input.validators, input.at);
      this.db.prepare('DELETE FROM module_drafts WHERE ente_id = ? AND module_id = ?').run(enteId, module.id);
      return this.toPublished(this.row(enteId, module.id, module.version)!);
    });
    return Promise.resolve(run());
  }

  versions(enteId: string, moduleId: string): Promise<PublishedModule[]> {
    const rows = this.db
      .prepare('SELECT * FROM module_versions WHERE ente_id = ? AND module_id = ? ORDER BY seq')
      .all(enteId, moduleId) as VersionRow[];
    return Promise.resolve(rows.map((r) => this.toPublished(r)));
  }

  validators(enteId: string, moduleId: string, version: string): Promise<CompiledValidators | undefined> {
    const r = this.db
      .prepare(
        'SELECT standalone, rjsf FROM module_validators WHERE ente_id = ? AND module_id = ? AND version = ?',
      )
      .get(enteId, moduleId, version) as CompiledValidators | undefined;
    return Promise.resolve(r && { standalone: r.standalone, rjsf: r.rjsf });
  }

  putValidators(
    enteId: string,
    moduleId: string,
    version: string,
    validators: CompiledValidators,
  ): Promise<void> {
    this.insertValidators(enteId, moduleId, version, validators, new Date());
    return Promise.resolve();
  }

  getDraft(enteId: string, moduleId: string): Promise<ModuleDraft | undefined> {
    const r = this.db
      .prepare('SELECT * FROM module_drafts WHERE ente_id = ? AND module_id = ?')
      .get(enteId, moduleId) as DraftRow | undefined;
    return Promise.resolve(r && toDraft(r));
  }

  putDraft(d: ModuleDraft): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO module_drafts (ente_id, module_id, version, document, based_on, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (ente_id, module_id) DO UPDATE SET version = excluded.version, document = excluded.document,
           based_on = excluded.based_on, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(
        d.enteId,
        d.moduleId,
        d.module.version,
        JSON.stringify(d.module),
        d.basedOn ?? null,
        d.createdAt,
        d.updatedAt,
        d.updatedBy,
      );
    return Promise.resolve();
  }

  deleteDraft(enteId: string, moduleId: string): Promise<boolean> {
    const info = this.db
      .prepare('DELETE FROM module_drafts WHERE ente_id = ? AND module_id = ?')
      .run(enteId, moduleId);
    return Promise.resolve(info.changes > 0);
  }

  listDrafts(enteId: string): Promise<ModuleDraft[]> {
    const rows = this.db
      .prepare('SELECT * FROM module_drafts WHERE ente_id = ? ORDER BY module_id')
      .all(enteId) as DraftRow[];
    return Promise.resolve(rows.map(toDraft));
  }

  private insertValidators(
    enteId: string,
    moduleId: string,
    version: string,
    v: CompiledValidators,
    at: Date,
  ) {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO module_validators (ente_id, module_id, version, standalone, rjsf, compiled_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(enteId, moduleId, version, v.standalone, v.rjsf, at.toISOString());
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
      ...(r.published_by ? { publishedBy: r.published_by } : {}),
    };
  }
}

function toDraft(r: DraftRow): ModuleDraft {
  return {
    enteId: r.ente_id,
    moduleId: r.module_id,
    module: JSON.parse(r.document) as Module,
    ...(r.based_on ? { basedOn: r.based_on } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
