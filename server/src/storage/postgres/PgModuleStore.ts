import type { Pool } from 'pg';
import type { Module } from '@modulo/form-model';
import type { CompiledValidators } from '../../validator/compileValidators';
import type { ModuleDraft, ModuleStore, PublishedModule, PublishInput } from '../ModuleStore';
import type { Queryable } from './pgPool';
import { inTransaction } from './pgPool';
import { SharedReads } from './SharedReads';

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

const INSERT_VERSION = `INSERT INTO module_versions
  (ente_id, module_id, version, document, status, published_at, published_by, seq)
  VALUES ($1, $2, $3, $4, 'published', $5, $6,
    (SELECT coalesce(max(seq), 0) + 1 FROM module_versions WHERE ente_id = $1 AND module_id = $2))
  ON CONFLICT (ente_id, module_id, version) DO NOTHING`;

const UPSERT_VALIDATORS = `INSERT INTO module_validators (ente_id, module_id, version, standalone, rjsf, compiled_at)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (ente_id, module_id, version) DO UPDATE SET standalone = excluded.standalone,
    rjsf = excluded.rjsf, compiled_at = excluded.compiled_at`;

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

/** Published module versions, module drafts and validators on PostgreSQL. */
export class PgModuleStore implements ModuleStore {
  /** Parsed documents by ente/module/version: a published version never changes. */
  private readonly parsed = new Map<string, Module>();
  /** Overlapping reads of one version share a query (`SharedReads`); its status may change. */
  private readonly reads = new SharedReads<VersionRow | undefined>();

  constructor(private readonly pool: Pool) {}

  async publish(enteId: string, module: Module, at: Date): Promise<PublishedModule> {
    await this.pool.query(INSERT_VERSION, [
      enteId,
      module.id,
      module.version,
      JSON.stringify(module),
      at.toISOString(),
      null,
    ]);
    this.reads.forget();
    return this.toPublished((await this.row(this.pool, enteId, module.id, module.version))!);
  }

  async current(enteId: string, moduleId: string): Promise<PublishedModule | undefined> {
    const { rows } = await this.pool.query<VersionRow>({
      name: 'module.current',
      text: 'SELECT * FROM module_versions WHERE ente_id = $1 AND module_id = $2 ORDER BY seq DESC LIMIT 1',
      values: [enteId, moduleId],
    });
    return rows[0] && this.toPublished(rows[0]);
  }

  async version(enteId: string, moduleId: string, version: string): Promise<PublishedModule | undefined> {
    const row = await this.reads.read(`${enteId}\n${moduleId}\n${version}`, () =>
      this.row(this.pool, enteId, moduleId, version),
    );
    return row && this.toPublished(row);
  }

  async list(enteId: string): Promise<PublishedModule[]> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT * FROM (SELECT DISTINCT ON (module_id) * FROM module_versions WHERE ente_id = $1
         ORDER BY module_id, seq DESC) v ORDER BY module_id COLLATE "C"`,
      [enteId],
    );
    return rows.map((r) => this.toPublished(r));
  }

  async archive(enteId: string, moduleId: string): Promise<boolean> {
    const r = await this.pool.query(
      "UPDATE module_versions SET status = 'archived' WHERE ente_id = $1 AND module_id = $2",
      [enteId, moduleId],
    );
    this.reads.forget();
    return (r.rowCount ?? 0) > 0;
  }

  async publishVersion(input: PublishInput): Promise<PublishedModule | 'exists'> {
    const { enteId, module } = input;
    const published = await inTransaction(this.pool, async (c) => {
      const inserted = await c.query(INSERT_VERSION, [
        enteId,
        module.id,
        module.version,
        JSON.stringify(module),
        input.at.toISOString(),
        input.by,
      ]);
      if (inserted.rowCount === 0) return 'exists' as const;
      const v = input.validators;
      await c.query(UPSERT_VALIDATORS, [
        enteId,
        module.id,
        module.version,
        v.standalone,
        v.rjsf,
        input.at.toISOString(),
      ]);
      await c.query('DELETE FROM module_drafts WHERE ente_id = $1 AND module_id = $2', [enteId, module.id]);
      return this.toPublished((await this.row(c, enteId, module.id, module.version))!);
    });
    this.reads.forget();
    return published;
  }

  async versions(enteId: string, moduleId: string): Promise<PublishedModule[]> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT * FROM module_versions WHERE ente_id = $1 AND module_id = $2 ORDER BY seq',
      [enteId, moduleId],
    );
    return rows.map((r) => this.toPublished(r));
  }

  async validators(
    enteId: string,
    moduleId: string,
    version: string,
  ): Promise<CompiledValidators | undefined> {
    const { rows } = await this.pool.query<CompiledValidators>(
      'SELECT standalone, rjsf FROM module_validators WHERE ente_id = $1 AND module_id = $2 AND version = $3',
      [enteId, moduleId, version],
    );
    const r = rows[0];
    return r && { standalone: r.standalone, rjsf: r.rjsf };
  }

  async putValidators(
    enteId: string,
    moduleId: string,
    version: string,
    v: CompiledValidators,
  ): Promise<void> {
    await this.pool.query(UPSERT_VALIDATORS, [
      enteId,
      moduleId,
      version,
      v.standalone,
      v.rjsf,
      new Date().toISOString(),
    ]);
  }

  async getDraft(enteId: string, moduleId: string): Promise<ModuleDraft | undefined> {
    const { rows } = await this.pool.query<DraftRow>(
      'SELECT * FROM module_drafts WHERE ente_id = $1 AND module_id = $2',
      [enteId, moduleId],
    );
    return rows[0] && toDraft(rows[0]);
  }

  async putDraft(d: ModuleDraft): Promise<void> {
    await this.pool.query(
      `INSERT INTO module_drafts (ente_id, module_id, version, document, based_on, created_at, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (ente_id, module_id) DO UPDATE SET version = excluded.version, document = excluded.document,
         based_on = excluded.based_on, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [
        d.enteId,
        d.moduleId,
        d.module.version,
        JSON.stringify(d.module),
        d.basedOn ?? null,
        d.createdAt,
        d.updatedAt,
        d.updatedBy,
      ],
    );
  }

  async deleteDraft(enteId: string, moduleId: string): Promise<boolean> {
    const r = await this.pool.query('DELETE FROM module_drafts WHERE ente_id = $1 AND module_id = $2', [
      enteId,
      moduleId,
    ]);
    return (r.rowCount ?? 0) > 0;
  }

  async listDrafts(enteId: string): Promise<ModuleDraft[]> {
    const { rows } = await this.pool.query<DraftRow>(
      'SELECT * FROM module_drafts WHERE ente_id = $1 ORDER BY module_id COLLATE "C"',
      [enteId],
    );
    return rows.map(toDraft);
  }

  private async row(q: Queryable, enteId: string, moduleId: string, version: string) {
    const { rows } = await q.query<VersionRow>({
      name: 'module.version',
      text: 'SELECT * FROM module_versions WHERE ente_id = $1 AND module_id = $2 AND version = $3',
      values: [enteId, moduleId, version],
    });
    return rows[0];
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
