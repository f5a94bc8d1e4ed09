import type { Pool } from 'pg';
import type { PraticaEvent } from '@modulo/procedure';
import type {
  ChainCheck,
  FilingInput,
  FilingResult,
  PraticaFilter,
  PraticaStore,
  StoredPratica,
} from '../PraticaStore';
import { appendPgAudit } from './PgAuditStore';
import { fileBatchPg } from './fileBatchPg';
import { PgGroupCommit } from './PgGroupCommit';
import { inTransaction } from './pgPool';
import { SELECT_PRATICA, toPratica } from './praticaRows';
import type { PraticaRow } from './praticaRows';
import { verifyPgChain } from './verifyPgChain';
import { CHECKPOINT_EVERY } from '../sqlite/registerCheckpoints';

/**
 * Pratiche, protocol numbering and the register's hash chain on PostgreSQL, with group commit
 * per instance; instances serialise on the ente's row inside the filing transaction. A register
 * checkpoint every `checkpointEvery` links of an AOO, as on SQLite.
 */
export class PgPraticaStore implements PraticaStore {
  private readonly commits: PgGroupCommit<FilingInput, FilingResult>;

  constructor(
    private readonly pool: Pool,
    checkpointEvery = CHECKPOINT_EVERY,
  ) {
    this.commits = new PgGroupCommit(pool, (c, inputs) => fileBatchPg(c, inputs, checkpointEvery));
  }

  file(input: FilingInput): Promise<FilingResult> {
    return this.commits.push(input);
  }

  /** Waits for queued filings to commit. */
  drained(): Promise<void> {
    return this.commits.drained();
  }

  async get(code: string): Promise<StoredPratica | undefined> {
    const { rows } = await this.pool.query<PraticaRow>({
      name: 'pratica.get',
      text: `${SELECT_PRATICA} WHERE p.code = $1`,
      values: [code],
    });
    return rows[0] && toPratica(rows[0]);
  }

  async byIdempotencyKey(
    enteId: string,
    submitter: string,
    key: string,
  ): Promise<{ requestSha256: string; pratica: StoredPratica } | undefined> {
    const { rows } = await this.pool.query<PraticaRow & { request_sha256: string }>({
      name: 'pratica.byIdempotencyKey',
      text: `${SELECT_PRATICA.replace('SELECT p.*,', 'SELECT i.request_sha256, p.*,')} JOIN idempotency i ON i.pratica_code = p.code
       WHERE i.ente_id = $1 AND i.submitter = $2 AND i.key = $3`,
      values: [enteId, submitter, key],
    });
    const r = rows[0];
    return r && { requestSha256: r.request_sha256, pratica: toPratica(r) };
  }

  async list(enteId: string, filter: PraticaFilter = {}): Promise<StoredPratica[]> {
    const { rows } = await this.pool.query<PraticaRow>(
      `${SELECT_PRATICA} WHERE p.ente_id = $1
       AND ($2::text IS NULL OR p.submitter = $2 OR ($5::text IS NOT NULL AND p.on_behalf_of = $5))
       AND ($3::text[] IS NULL OR p.office_id = ANY($3))
       ORDER BY p.protocol_at DESC, p.protocol_number DESC LIMIT $4`,
      [
        enteId,
        filter.submitter ?? null,
        filter.officeIds ?? null,
        filter.limit ?? 100,
        filter.submitter === undefined ? null : (filter.onBehalfOf ?? null),
      ],
    );
    return rows.map(toPratica);
  }

  async count(enteId?: string): Promise<number> {
    const { rows } =
      enteId === undefined
        ? await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM pratiche')
        : await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM pratiche WHERE ente_id = $1', [
            enteId,
          ]);
    return rows[0]!.n;
  }

  appendEvent(code: string, event: PraticaEvent, status: string, actor: string): Promise<void> {
    return inTransaction(this.pool, async (c) => {
      // The pratica's row lock orders its events, whichever instance records them.
      const { rows } = await c.query<{ ente_id: string }>(
        'SELECT ente_id FROM pratiche WHERE code = $1 FOR NO KEY UPDATE',
        [code],
      );
      const row = rows[0];
      if (!row) throw new Error(`No pratica ${code}`);
      await c.query(
        `INSERT INTO pratica_events (pratica_code, seq, event)
         SELECT $1, coalesce(max(seq), 0) + 1, $2 FROM pratica_events WHERE pratica_code = $1`,
        [code, JSON.stringify(event)],
      );
      await c.query('UPDATE pratiche SET status = $1 WHERE code = $2', [status, code]);
      await appendPgAudit(c, {
        at: new Date(event.at).toISOString(),
        enteId: row.ente_id,
        actor,
        action: `pratica.${event.type}`,
        subject: code,
        data: { status, ...(event.reason ? { reason: event.reason } : {}) },
      });
    });
  }

  async verifyChain(options: { upTo?: string; full?: boolean } = {}): Promise<ChainCheck> {
    const { rehashed: _rehashed, ...check } = await verifyPgChain(this.pool, options);
    return check;
  }
}
