import type { Database, Statement } from 'better-sqlite3';
import type { PraticaEvent } from '@modulo/procedure';
import { romeDate } from '@modulo/procedure';
import { chainHash, GENESIS_HASH } from '../../register/chainHash';
import { newPraticaCode } from '../../register/praticaCode';
import { registerEntry } from '../../register/registerEntry';
import { segnatura } from '../../register/segnatura';
import type {
  ChainCheck,
  FilingInput,
  FilingResult,
  PraticaFilter,
  PraticaStore,
  StoredPratica,
} from '../PraticaStore';
import { appendAudit } from './SqliteAuditStore';
import { FilingBatch } from './FilingBatch';
import { GroupCommit } from './GroupCommit';
import type { AttachmentRow, PraticaRow } from './praticaRows';
import { ATTACHMENTS_SQL, toAttachment, toPratica } from './praticaRows';
import { CHECKPOINT_EVERY, writeCheckpoint } from './registerCheckpoints';
import { verifySqliteChain } from './verifySqliteChain';

/**
 * Pratiche, protocol numbering and the register's hash chain, with group commit; a register
 * checkpoint every `checkpointEvery` links of an AOO (`registerCheckpoints.ts`).
 */
export class SqlitePraticaStore implements PraticaStore {
  private readonly commits: GroupCommit<FilingInput, FilingResult>;
  private readonly s: Record<string, Statement>;

  constructor(
    private readonly db: Database,
    private readonly checkpointEvery = CHECKPOINT_EVERY,
  ) {
    this.s = {
      idem: db.prepare(
        'SELECT request_sha256, pratica_code FROM idempotency WHERE ente_id = ? AND submitter = ? AND key = ?',
      ),
      idemInsert: db.prepare(
        'INSERT INTO idempotency (ente_id, submitter, key, request_sha256, pratica_code) VALUES (?, ?, ?, ?, ?)',
      ),
      upload: db.prepare('SELECT owner, pratica_code, expires_at FROM uploads WHERE ente_id = ? AND id = ?'),
      useUpload: db.prepare('UPDATE uploads SET pratica_code = ? WHERE id = ? AND pratica_code IS NULL'),
      codeTaken: db.prepare('SELECT 1 FROM pratiche WHERE code = ?'),
      // The back-office columns with the expressions of migration 005's trigger, which then stays idle.
      insert: db.prepare(`INSERT INTO pratiche (code, ente_id, module_id, module_version, submitter, status,
        aoo_code, protocol_year, protocol_number, protocol_at, protocol_date, segnatura, office_id, assignment,
        deadline, term_days, fees, subject, document, document_sha256, due_date, responsible_id, comune,
        on_behalf_of)
        VALUES (@code, @ente_id, @module_id, @module_version, @submitter, 'presented', @aoo_code, @protocol_year,
        @protocol_number, @protocol_at, @protocol_date, @segnatura, @office_id, @assignment, @deadline,
        @term_days, @fees, @subject, @document, @document_sha256, @deadline,
        json_extract(@assignment, '$.responsibleId'),
        CASE WHEN json_valid(@document) THEN json_extract(@document, '$.answers.comune') END, @on_behalf_of)`),
      attach: db.prepare(`INSERT INTO pratica_attachments
        (pratica_code, position, field_id, upload_id, name, media_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      link: db.prepare(
        'INSERT INTO register (aoo_code, seq, pratica_code, entry, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      get: db.prepare('SELECT * FROM pratiche WHERE code = ?'),
      attachments: db.prepare(ATTACHMENTS_SQL),
      hashOf: db.prepare('SELECT hash FROM register WHERE pratica_code = ?'),
      events: db.prepare('SELECT event FROM pratica_events WHERE pratica_code = ? ORDER BY seq'),
    };
    this.commits = new GroupCommit(db, {
      one: (input) => this.fileBatch([input])[0]!,
      batch: (inputs) => this.fileBatch(inputs),
    });
  }

  file(input: FilingInput): Promise<FilingResult> {
    return this.commits.push(input);
  }

  /** Waits for queued filings to commit. */
  drained(): Promise<void> {
    return this.commits.drained();
  }

  /** Lets go of the group commit's `-wal` descriptor (before the database closes). */
  release(): void {
    this.commits.close();
  }

  get(code: string): Promise<StoredPratica | undefined> {
    return Promise.resolve(this.read(code));
  }

  byIdempotencyKey(
    enteId: string,
    submitter: string,
    key: string,
  ): Promise<{ requestSha256: string; pratica: StoredPratica } | undefined> {
    const seen = this.s.idem!.get(enteId, submitter, key) as
      { request_sha256: string; pratica_code: string } | undefined;
    return Promise.resolve(
      seen && { requestSha256: seen.request_sha256, pratica: this.read(seen.pratica_code)! },
    );
  }

  list(enteId: string, filter: PraticaFilter = {}): Promise<StoredPratica[]> {
    const offices = filter.officeIds === undefined ? null : JSON.stringify(filter.officeIds);
    const rows = this.db
      .prepare(
        `SELECT code FROM pratiche WHERE ente_id = @enteId
         AND (@submitter IS NULL OR submitter = @submitter
           OR (@onBehalfOf IS NOT NULL AND on_behalf_of = @onBehalfOf))
         AND (@offices IS NULL OR office_id IN (SELECT value FROM json_each(@offices)))
         ORDER BY protocol_at DESC, protocol_number DESC LIMIT @limit`,
      )
      .all({
        enteId,
        submitter: filter.submitter ?? null,
        onBehalfOf: filter.submitter === undefined ? null : (filter.onBehalfOf ?? null),
        offices,
        limit: filter.limit ?? 100,
      }) as {
      code: string;
    }[];
    return Promise.resolve(rows.map((r) => this.read(r.code)!));
  }

  count(enteId?: string): Promise<number> {
    const row = (
      enteId === undefined
        ? this.db.prepare('SELECT count(*) AS n FROM pratiche').get()
        : this.db.prepare('SELECT count(*) AS n FROM pratiche WHERE ente_id = ?').get(enteId)
    ) as { n: number };
    return Promise.resolve(row.n);
  }

  appendEvent(code: string, event: PraticaEvent, status: string, actor: string): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      const row = db.prepare('SELECT ente_id FROM pratiche WHERE code = ?').get(code) as
        { ente_id: string } | undefined;
      if (!row) throw new Error(`No pratica ${code}`);
      db.prepare(
        `INSERT INTO pratica_events (pratica_code, seq, event)
         SELECT ?, coalesce(max(seq), 0) + 1, ? FROM pratica_events WHERE pratica_code = ?`,
      ).run(code, JSON.stringify(event), code);
      db.prepare('UPDATE pratiche SET status = ? WHERE code = ?').run(status, code);
      appendAudit(db, {
        at: new Date(event.at).toISOString(),
        enteId: row.ente_id,
        actor,
        action: `pratica.${event.type}`,
        subject: code,
        data: { status, ...(event.reason ? { reason: event.reason } : {}) },
      });
    })();
    return Promise.resolve();
  }

  verifyChain(options: { upTo?: string; full?: boolean } = {}): Promise<ChainCheck> {
    const { rehashed: _rehashed, ...check } = verifySqliteChain(this.db, options);
    return Promise.resolve(check);
  }

  private read(code: string): StoredPratica | undefined {
    const row = this.s.get!.get(code) as PraticaRow | undefined;
    if (!row) return undefined;
    const attachments = (this.s.attachments!.all(code) as AttachmentRow[]).map(toAttachment);
    const link = this.s.hashOf!.get(code) as { hash: string } | undefined;
    const events = (this.s.events!.all(code) as { event: string }[]).map(
      (r) => JSON.parse(r.event) as PraticaEvent,
    );
    return toPratica(row, attachments, link?.hash ?? '', events);
  }

  /** Filings in one transaction (a batch, or one filing in its savepoint after a batch threw). */
  private fileBatch(inputs: FilingInput[]): FilingResult[] {
    const batch = new FilingBatch(this.db);
    const results = inputs.map((input) => this.fileNow(input, batch));
    batch.finish();
    return results;
  }

  private fileNow(input: FilingInput, batch: FilingBatch): FilingResult {
    const s = this.s;
    const ente = batch.ente(input.enteId);
    if (!ente) return { ok: false, code: 'ente_not_found' };
    if (input.idempotency) {
      const seen = s.idem!.get(input.enteId, input.submitter, input.idempotency.key) as
        { request_sha256: string; pratica_code: string } | undefined;
      if (seen) {
        if (seen.request_sha256 !== input.idempotency.requestSha256)
          return { ok: false, code: 'idempotency_conflict' };
        return { ok: true, pratica: this.read(seen.pratica_code)!, replayed: true };
      }
    }
    const atIso = input.at.toISOString();
    for (const a of input.attachments) {
      const u = s.upload!.get(input.enteId, a.uploadId) as
        { owner: string; pratica_code: string | null; expires_at: string } | undefined;
      if (!u || u.owner !== input.submitter || u.pratica_code !== null)
        return { ok: false, code: 'upload_not_found', detail: a.uploadId };
      if (u.expires_at <= atIso) return { ok: false, code: 'upload_expired', detail: a.uploadId };
    }

    const date = romeDate(atIso);
    const year = Number(date.slice(0, 4));
    const number = batch.nextNumber(ente.aoo_code, year);
    let code = newPraticaCode(input.at, number);
    while (s.codeTaken!.get(code)) code = newPraticaCode(input.at, number);
    const stamp = segnatura(ente.ipa_code, ente.aoo_code, number, date);
    s.insert!.run({
      code,
      ente_id: input.enteId,
      module_id: input.moduleId,
      module_version: input.moduleVersion,
      submitter: input.submitter,
      aoo_code: ente.aoo_code,
      protocol_year: year,
      protocol_number: number,
      protocol_at: atIso,
      protocol_date: date,
      segnatura: stamp,
      office_id: input.assignment.officeId ?? null,
      assignment: JSON.stringify(input.assignment),
      deadline: input.deadline,
      term_days: input.termDays,
      fees: JSON.stringify(input.fees),
      subject: input.subject,
      document: input.document,
      document_sha256: input.documentSha256,
      on_behalf_of: input.onBehalfOf ?? null,
    });
    input.attachments.forEach((a, i) => {
      s.attach!.run(code, i, a.fieldId, a.uploadId, a.name, a.mediaType, a.size, a.sha256);
      s.useUpload!.run(code, a.uploadId);
    });

    const prev = batch.tail(ente.aoo_code);
    const seq = (prev?.seq ?? 0) + 1;
    const prevHash = prev?.hash ?? GENESIS_HASH;
    const entry = registerEntry({
      aoo: ente.aoo_code,
      seq,
      code,
      enteId: input.enteId,
      protocol: { year, number, at: atIso, date },
      moduleId: input.moduleId,
      moduleVersion: input.moduleVersion,
      submitter: input.submitter,
      subject: input.subject,
      documentSha256: input.documentSha256,
      attachments: input.attachments,
    });
    const hash = chainHash(prevHash, entry);
    s.link!.run(ente.aoo_code, seq, code, entry, prevHash, hash);
    batch.linked(ente.aoo_code, seq, hash);
    if (seq % this.checkpointEvery === 0) {
      batch.storeCounters();
      writeCheckpoint(this.db, ente.aoo_code, seq, hash);
    }
    if (input.idempotency)
      s.idemInsert!.run(
        input.enteId,
        input.submitter,
        input.idempotency.key,
        input.idempotency.requestSha256,
        code,
      );
    batch.audit({
      at: atIso,
      enteId: input.enteId,
      actor: input.submitter,
      action: 'pratica.filed',
      subject: code,
      data: {
        protocol: number,
        year,
        module: input.moduleId,
        version: input.moduleVersion,
        hash,
        ...(input.onBehalfOf ? { onBehalfOf: input.onBehalfOf } : {}),
      },
    });
    return {
      ok: true,
      replayed: false,
      pratica: {
        code,
        enteId: input.enteId,
        moduleId: input.moduleId,
        moduleVersion: input.moduleVersion,
        submitter: input.submitter,
        ...(input.onBehalfOf ? { onBehalfOf: input.onBehalfOf } : {}),
        status: 'presented',
        protocol: { number, year, date, at: atIso, aoo: ente.aoo_code, segnatura: stamp },
        assignment: input.assignment,
        deadline: input.deadline,
        termDays: input.termDays,
        fees: input.fees,
        subject: input.subject,
        document: input.document,
        documentSha256: input.documentSha256,
        attachments: input.attachments,
        registerHash: hash,
        events: [{ type: 'presented', at: atIso, by: input.submitter }],
      },
    };
  }
}
