import type { Database, Statement } from 'better-sqlite3';
import type { PraticaEvent } from '@modulo/procedure';
import { romeDate } from '@modulo/procedure';
import { chainHash, GENESIS_HASH } from '../../register/chainHash';
import { newPraticaCode } from '../../register/praticaCode';
import { registerEntry } from '../../register/registerEntry';
import { segnatura } from '../../register/segnatura';
import { sha256Hex } from '../../register/sha256Hex';
import type {
  Assignment,
  ChainCheck,
  FiledAttachment,
  FilingInput,
  FilingResult,
  PraticaStore,
  StoredPratica,
} from '../PraticaStore';
import { appendAudit } from './SqliteAuditStore';
import { GroupCommit } from './GroupCommit';

interface PraticaRow {
  code: string;
  ente_id: string;
  module_id: string;
  module_version: string;
  submitter: string;
  status: string;
  aoo_code: string;
  protocol_year: number;
  protocol_number: number;
  protocol_at: string;
  protocol_date: string;
  segnatura: string;
  assignment: string;
  deadline: string;
  term_days: number;
  fees: string;
  subject: string;
  document: string;
  document_sha256: string;
}

interface AttachmentRow {
  field_id: string;
  upload_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
}

const toAttachment = (a: AttachmentRow): FiledAttachment => ({
  fieldId: a.field_id,
  uploadId: a.upload_id,
  name: a.name,
  mediaType: a.media_type,
  size: a.size,
  sha256: a.sha256,
});

/** Pratiche, protocol numbering and the register's hash chain, with group commit. */
export class SqlitePraticaStore implements PraticaStore {
  private readonly commits: GroupCommit<FilingInput, FilingResult>;
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: Database) {
    this.s = {
      ente: db.prepare('SELECT ipa_code, aoo_code FROM entes WHERE id = ?'),
      idem: db.prepare(
        'SELECT request_sha256, pratica_code FROM idempotency WHERE ente_id = ? AND submitter = ? AND key = ?',
      ),
      idemInsert: db.prepare(
        'INSERT INTO idempotency (ente_id, submitter, key, request_sha256, pratica_code) VALUES (?, ?, ?, ?, ?)',
      ),
      upload: db.prepare('SELECT owner, pratica_code, expires_at FROM uploads WHERE ente_id = ? AND id = ?'),
      useUpload: db.prepare('UPDATE uploads SET pratica_code = ? WHERE id = ? AND pratica_code IS NULL'),
      counter: db.prepare(`INSERT INTO protocol_counters (aoo_code, year, last) VALUES (?, ?, 1)
        ON CONFLICT (aoo_code, year) DO UPDATE SET last = last + 1 RETURNING last`),
      codeTaken: db.prepare('SELECT 1 FROM pratiche WHERE code = ?'),
      insert: db.prepare(`INSERT INTO pratiche (code, ente_id, module_id, module_version, submitter, status,
        aoo_code, protocol_year, protocol_number, protocol_at, protocol_date, segnatura, office_id, assignment,
        deadline, term_days, fees, subject, document, document_sha256)
        VALUES (@code, @ente_id, @module_id, @module_version, @submitter, 'presented', @aoo_code, @protocol_year,
        @protocol_number, @protocol_at, @protocol_date, @segnatura, @office_id, @assignment, @deadline,
        @term_days, @fees, @subject, @document, @document_sha256)`),
      attach: db.prepare(`INSERT INTO pratica_attachments
        (pratica_code, position, field_id, upload_id, name, media_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      lastLink: db.prepare('SELECT seq, hash FROM register WHERE aoo_code = ? ORDER BY seq DESC LIMIT 1'),
      link: db.prepare(
        'INSERT INTO register (aoo_code, seq, pratica_code, entry, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      get: db.prepare('SELECT * FROM pratiche WHERE code = ?'),
      attachments: db.prepare(
        'SELECT field_id, upload_id, name, media_type, size, sha256 FROM pratica_attachments WHERE pratica_code = ? ORDER BY position',
      ),
      hashOf: db.prepare('SELECT hash FROM register WHERE pratica_code = ?'),
      events: db.prepare('SELECT event FROM pratica_events WHERE pratica_code = ? ORDER BY seq'),
    };
    this.commits = new GroupCommit(db, (input) => this.fileNow(input));
  }

  file(input: FilingInput): Promise<FilingResult> {
    return this.commits.push(input);
  }

  /** Waits for queued filings to commit. */
  drained(): Promise<void> {
    return this.commits.drained();
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

  list(
    enteId: string,
    filter: { submitter?: string; officeIds?: string[]; limit?: number } = {},
  ): Promise<StoredPratica[]> {
    const offices = filter.officeIds === undefined ? null : JSON.stringify(filter.officeIds);
    const rows = this.db
      .prepare(
        `SELECT code FROM pratiche WHERE ente_id = @enteId
         AND (@submitter IS NULL OR submitter = @submitter)
         AND (@offices IS NULL OR office_id IN (SELECT value FROM json_each(@offices)))
         ORDER BY protocol_at DESC, protocol_number DESC LIMIT @limit`,
      )
      .all({ enteId, submitter: filter.submitter ?? null, offices, limit: filter.limit ?? 100 }) as {
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

  verifyChain(options: { upTo?: string } = {}): Promise<ChainCheck> {
    return Promise.resolve(verifySqliteChain(this.db, options.upTo));
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

  /** One filing, inside the batch's transaction (its own savepoint). */
  private fileNow(input: FilingInput): FilingResult {
    const s = this.s;
    const ente = s.ente!.get(input.enteId) as { ipa_code: string; aoo_code: string } | undefined;
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
    const { last: number } = s.counter!.get(ente.aoo_code, year) as { last: number };
    let code = newPraticaCode();
    while (s.codeTaken!.get(code)) code = newPraticaCode();
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
    });
    input.attachments.forEach((a, i) => {
      s.attach!.run(code, i, a.fieldId, a.uploadId, a.name, a.mediaType, a.size, a.sha256);
      s.useUpload!.run(code, a.uploadId);
    });

    const prev = s.lastLink!.get(ente.aoo_code) as { seq: number; hash: string } | undefined;
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
    if (input.idempotency)
      s.idemInsert!.run(
        input.enteId,
        input.submitter,
        input.idempotency.key,
        input.idempotency.requestSha256,
        code,
      );
    appendAudit(this.db, {
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

function toPratica(
  row: PraticaRow,
  attachments: FiledAttachment[],
  registerHash: string,
  later: PraticaEvent[],
): StoredPratica {
  return {
    code: row.code,
    enteId: row.ente_id,
    moduleId: row.module_id,
    moduleVersion: row.module_version,
    submitter: row.submitter,
    status: row.status,
    protocol: {
      number: row.protocol_number,
      year: row.protocol_year,
      date: row.protocol_date,
      at: row.protocol_at,
      aoo: row.aoo_code,
      segnatura: row.segnatura,
    },
    assignment: JSON.parse(row.assignment) as Assignment,
    deadline: row.deadline,
    termDays: row.term_days,
    fees: JSON.parse(row.fees) as unknown,
    subject: row.subject,
    document: row.document,
    documentSha256: row.document_sha256,
    attachments,
    registerHash,
    events: [{ type: 'presented', at: row.protocol_at, by: row.submitter }, ...later],
  };
}

/**
 * Re-checks each AOO's chain from its first link: every entry must equal the one rebuilt from
 * the stored pratica (so editing a pratica row is caught, not only editing the register), the
 * document must hash to its stored SHA-256, links must follow each other, protocol numbers
 * must run 1, 2, 3... within each year. Stops at the first broken link and names it.
 */
export function verifySqliteChain(db: Database, upTo?: string): ChainCheck {
  let aoos: { aoo_code: string; until: number }[];
  if (upTo !== undefined) {
    const target = db.prepare('SELECT aoo_code, seq FROM register WHERE pratica_code = ?').get(upTo) as
      { aoo_code: string; seq: number } | undefined;
    if (!target)
      return {
        ok: false,
        entries: 0,
        brokenAt: { aoo: '', seq: 0, praticaCode: upTo, reason: 'not in the register' },
      };
    aoos = [{ aoo_code: target.aoo_code, until: target.seq }];
  } else {
    aoos = (
      db.prepare('SELECT DISTINCT aoo_code FROM register ORDER BY aoo_code').all() as { aoo_code: string }[]
    ).map((r) => ({ aoo_code: r.aoo_code, until: Number.MAX_SAFE_INTEGER }));
  }
  const links = db.prepare(
    `SELECT r.seq, r.pratica_code, r.entry, r.prev_hash, r.hash, p.*
     FROM register r LEFT JOIN pratiche p ON p.code = r.pratica_code
     WHERE r.aoo_code = ? AND r.seq <= ? ORDER BY r.seq`,
  );
  const attachments = db.prepare(
    'SELECT field_id, upload_id, name, media_type, size, sha256 FROM pratica_attachments WHERE pratica_code = ? ORDER BY position',
  );
  const outgoingTaken = db.prepare(
    'SELECT 1 FROM outgoing_protocols WHERE aoo_code = ? AND year = ? AND number = ?',
  );
  let entries = 0;
  for (const { aoo_code: aoo, until } of aoos) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    const lastNumber = new Map<number, number>();
    for (const raw of links.iterate(aoo, until)) {
      const r = raw as PraticaRow & {
        seq: number;
        pratica_code: string;
        entry: string;
        prev_hash: string;
        hash: string;
      };
      const broken = (reason: string): ChainCheck => ({
        ok: false,
        entries,
        brokenAt: { aoo, seq: r.seq, praticaCode: r.pratica_code, reason },
      });
      if (r.seq !== expectedSeq) return broken(`link ${expectedSeq} is missing`);
      if (r.code === null || r.code === undefined) return broken('the pratica of this link is missing');
      if (sha256Hex(r.document) !== r.document_sha256)
        return broken('the document does not match its SHA-256');
      let expectedNumber = (lastNumber.get(r.protocol_year) ?? 0) + 1;
      // Numbers given to outgoing documents (back office) belong to the same gapless register.
      while (outgoingTaken.get(aoo, r.protocol_year, expectedNumber)) expectedNumber++;
      if (r.protocol_number !== expectedNumber)
        return broken(
          `protocol number ${r.protocol_number} where ${expectedNumber} was due (${r.protocol_year})`,
        );
      lastNumber.set(r.protocol_year, r.protocol_number);
      const rebuilt = registerEntry({
        aoo,
        seq: r.seq,
        code: r.code,
        enteId: r.ente_id,
        protocol: {
          year: r.protocol_year,
          number: r.protocol_number,
          at: r.protocol_at,
          date: r.protocol_date,
        },
        moduleId: r.module_id,
        moduleVersion: r.module_version,
        submitter: r.submitter,
        subject: r.subject,
        documentSha256: r.document_sha256,
        attachments: (attachments.all(r.code) as AttachmentRow[]).map(toAttachment),
      });
      if (rebuilt !== r.entry) return broken('the stored pratica differs from its register entry');
      if (r.prev_hash !== prevHash) return broken('the link does not point to the previous one');
      if (chainHash(prevHash, r.entry) !== r.hash) return broken('the link hash does not match');
      prevHash = r.hash;
      expectedSeq++;
      entries++;
    }
  }
  if (upTo === undefined) {
    const orphan = db
      .prepare(
        'SELECT p.code, p.aoo_code FROM pratiche p LEFT JOIN register r ON r.pratica_code = p.code WHERE r.seq IS NULL LIMIT 1',
      )
      .get() as { code: string; aoo_code: string } | undefined;
    if (orphan)
      return {
        ok: false,
        entries,
        brokenAt: {
          aoo: orphan.aoo_code,
          seq: 0,
          praticaCode: orphan.code,
          reason: 'a pratica outside the register',
        },
      };
  }
  return { ok: true, entries };
}
