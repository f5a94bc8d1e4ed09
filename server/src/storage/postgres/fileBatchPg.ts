import type { PoolClient } from 'pg';
import { romeDate } from '@modulo/procedure';
import { chainHash, GENESIS_HASH } from '../../register/chainHash';
import { newPraticaCode } from '../../register/praticaCode';
import { registerEntry } from '../../register/registerEntry';
import { segnatura } from '../../register/segnatura';
import { CHECKPOINT_EVERY } from '../sqlite/registerCheckpoints';
import type { FilingInput, FilingResult, StoredPratica } from '../PraticaStore';
import { SELECT_PRATICA, toPratica } from './praticaRows';
import type { PraticaRow } from './praticaRows';
import type { PendingCheckpoint } from './pgRegisterCheckpoints';
import { writePgCheckpoints } from './pgRegisterCheckpoints';

interface Upload {
  id: string;
  ente_id: string;
  owner: string;
  pratica_code: string | null;
  expires_at: string;
}

const idemKey = (enteId: string, submitter: string, key: string) => `${enteId}\n${submitter}\n${key}`;

/**
 * Files a batch inside the caller's transaction, in a fixed number of round trips whatever its
 * size. First it locks the rows of the entes involved (sorted by id, so two instances never
 * deadlock): each ente has one AOO, so from here to COMMIT this transaction alone numbers and
 * chains those AOOs' registers, and alone checks and records their idempotency keys. Then it
 * reads what it needs (idempotency keys, uploads, the year counters with `FOR UPDATE`, the last
 * link of each chain), decides every filing in order in memory, and writes all rows in bulk.
 * A refusal (unknown upload, key conflict...) is a value and consumes no number. Every
 * `checkpointEvery`-th link of an AOO gets a register checkpoint (`pgRegisterCheckpoints.ts`).
 */
export async function fileBatchPg(
  c: PoolClient,
  inputs: FilingInput[],
  checkpointEvery = CHECKPOINT_EVERY,
): Promise<FilingResult[]> {
  const enteIds = [...new Set(inputs.map((i) => i.enteId))].sort();
  const entes = new Map(
    (
      await c.query<{ id: string; ipa_code: string; aoo_code: string }>(
        'SELECT id, ipa_code, aoo_code FROM entes WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE',
        [enteIds],
      )
    ).rows.map((r) => [r.id, r]),
  );

  const keyed = inputs.filter((i) => i.idempotency);
  const seen = new Map<string, { request_sha256: string; pratica_code: string }>();
  if (keyed.length > 0) {
    const { rows } = await c.query<{
      ente_id: string;
      submitter: string;
      key: string;
      request_sha256: string;
      pratica_code: string;
    }>(
      `SELECT i.* FROM idempotency i JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(e, s, k)
       ON i.ente_id = k.e AND i.submitter = k.s AND i.key = k.k`,
      [keyed.map((i) => i.enteId), keyed.map((i) => i.submitter), keyed.map((i) => i.idempotency!.key)],
    );
    for (const r of rows) seen.set(idemKey(r.ente_id, r.submitter, r.key), r);
  }
  const replayed = new Map<string, StoredPratica>();
  for (const code of new Set([...seen.values()].map((s) => s.pratica_code))) {
    const { rows } = await c.query<PraticaRow>(`${SELECT_PRATICA} WHERE p.code = $1`, [code]);
    replayed.set(code, toPratica(rows[0]!));
  }

  const uploadIds = [...new Set(inputs.flatMap((i) => i.attachments.map((a) => a.uploadId)))];
  const uploads = new Map(
    uploadIds.length === 0
      ? []
      : (
          await c.query<Upload>(
            'SELECT id, ente_id, owner, pratica_code, expires_at FROM uploads WHERE id = ANY($1) ORDER BY id FOR UPDATE',
            [uploadIds],
          )
        ).rows.map((u) => [u.id, u]),
  );

  const years = inputs.map((i) => Number(romeDate(i.at.toISOString()).slice(0, 4)));
  const aoos = [...new Set([...entes.values()].map((e) => e.aoo_code))].sort();
  const counters = new Map<string, number>();
  const heads = new Map<string, { seq: number; hash: string }>();
  if (aoos.length > 0) {
    // Every year of the AOO, not only this batch's: a checkpoint records them all.
    const { rows } = await c.query<{ aoo_code: string; year: number; last: number }>(
      'SELECT aoo_code, year, last FROM protocol_counters WHERE aoo_code = ANY($1) ORDER BY aoo_code, year FOR UPDATE',
      [aoos],
    );
    for (const r of rows) counters.set(`${r.aoo_code}\n${r.year}`, r.last);
    const links = await c.query<{ aoo: string; seq: number; hash: string }>(
      `SELECT a.aoo, l.seq, l.hash FROM unnest($1::text[]) AS a(aoo)
       CROSS JOIN LATERAL (SELECT seq, hash FROM register WHERE aoo_code = a.aoo ORDER BY seq DESC LIMIT 1) l`,
      [aoos],
    );
    for (const r of links.rows) heads.set(r.aoo, { seq: r.seq, hash: r.hash });
  }

  const results: FilingResult[] = [];
  const filed: {
    input: FilingInput;
    pratica: StoredPratica;
    entry: string;
    prevHash: string;
    seq: number;
  }[] = [];
  const usedUploads = new Set<string>();
  const checkpoints: PendingCheckpoint[] = [];
  inputs.forEach((input, i) => {
    const ente = entes.get(input.enteId);
    if (!ente) return results.push({ ok: false, code: 'ente_not_found' });
    if (input.idempotency) {
      const k = idemKey(input.enteId, input.submitter, input.idempotency.key);
      const before = seen.get(k);
      if (before) {
        if (before.request_sha256 !== input.idempotency.requestSha256)
          return results.push({ ok: false, code: 'idempotency_conflict' });
        return results.push({ ok: true, pratica: replayed.get(before.pratica_code)!, replayed: true });
      }
    }
    const atIso = input.at.toISOString();
    for (const a of input.attachments) {
      const u = uploads.get(a.uploadId);
      if (
        !u ||
        u.ente_id !== input.enteId ||
        u.owner !== input.submitter ||
        u.pratica_code !== null ||
        usedUploads.has(a.uploadId)
      )
        return results.push({ ok: false, code: 'upload_not_found', detail: a.uploadId });
      if (u.expires_at <= atIso)
        return results.push({ ok: false, code: 'upload_expired', detail: a.uploadId });
    }
    input.attachments.forEach((a) => usedUploads.add(a.uploadId));

    const date = romeDate(atIso);
    const year = years[i]!;
    const counter = `${ente.aoo_code}\n${year}`;
    const number = (counters.get(counter) ?? 0) + 1;
    counters.set(counter, number);
    const head = heads.get(ente.aoo_code);
    const seq = (head?.seq ?? 0) + 1;
    const prevHash = head?.hash ?? GENESIS_HASH;
    const code = newPraticaCode(input.at);
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
    heads.set(ente.aoo_code, { seq, hash });
    if (seq % checkpointEvery === 0)
      checkpoints.push({
        aoo: ente.aoo_code,
        seq,
        linkHash: hash,
        numbers: numbersOf(counters, ente.aoo_code),
      });
    const pratica: StoredPratica = {
      code,
      enteId: input.enteId,
      moduleId: input.moduleId,
      moduleVersion: input.moduleVersion,
      submitter: input.submitter,
      ...(input.onBehalfOf ? { onBehalfOf: input.onBehalfOf } : {}),
      status: 'presented',
      protocol: {
        number,
        year,
        date,
        at: atIso,
        aoo: ente.aoo_code,
        segnatura: segnatura(ente.ipa_code, ente.aoo_code, number, date),
      },
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
    };
    filed.push({ input, pratica, entry, prevHash, seq });
    if (input.idempotency)
      seen.set(idemKey(input.enteId, input.submitter, input.idempotency.key), {
        request_sha256: input.idempotency.requestSha256,
        pratica_code: code,
      });
    replayed.set(code, pratica);
    results.push({ ok: true, pratica, replayed: false });
  });

  if (filed.length > 0) await writeFiled(c, filed, counters);
  await writePgCheckpoints(c, checkpoints);
  return results;
}

/** Year → last protocol number of `aoo`, as the counters stand now (years in order). */
function numbersOf(counters: Map<string, number>, aoo: string): Record<string, number> {
  return Object.fromEntries(
    [...counters]
      .map(([k, last]) => [k.split('\n'), last] as const)
      .filter(([[a]]) => a === aoo)
      .map(([[, year], last]) => [year!, last] as const)
      .sort((a, b) => Number(a[0]) - Number(b[0])),
  );
}

/** The bulk writes of a batch: pratiche, attachments, uploads, chain links, keys, audit, counters. */
async function writeFiled(
  c: PoolClient,
  filed: { input: FilingInput; pratica: StoredPratica; entry: string; prevHash: string; seq: number }[],
  counters: Map<string, number>,
): Promise<void> {
  // A code taken by an older pratica (about 1 in 10^12): the batch fails and is retried alone.
  const json = (rows: unknown[]) => JSON.stringify(rows);
  await c.query(
    `INSERT INTO pratiche (code, ente_id, module_id, module_version, submitter, status, aoo_code,
       protocol_year, protocol_number, protocol_at, protocol_date, segnatura, office_id, assignment,
       deadline, term_days, fees, subject, document, document_sha256, on_behalf_of)
     SELECT code, ente_id, module_id, module_version, submitter, 'presented', aoo_code, protocol_year,
       protocol_number, protocol_at, protocol_date, segnatura, office_id, assignment, deadline, term_days,
       fees, subject, document, document_sha256, on_behalf_of
     FROM json_to_recordset($1::json) AS x(code text, ente_id text, module_id text, module_version text,
       submitter text, aoo_code text, protocol_year int, protocol_number int, protocol_at text,
       protocol_date text, segnatura text, office_id text, assignment text, deadline text, term_days int,
       fees text, subject text, document text, document_sha256 text, on_behalf_of text)`,
    [
      json(
        filed.map(({ input, pratica: p }) => ({
          code: p.code,
          ente_id: p.enteId,
          module_id: p.moduleId,
          module_version: p.moduleVersion,
          submitter: p.submitter,
          aoo_code: p.protocol.aoo,
          protocol_year: p.protocol.year,
          protocol_number: p.protocol.number,
          protocol_at: p.protocol.at,
          protocol_date: p.protocol.date,
          segnatura: p.protocol.segnatura,
          office_id: input.assignment.officeId ?? null,
          assignment: JSON.stringify(input.assignment),
          deadline: p.deadline,
          term_days: p.termDays,
          fees: JSON.stringify(input.fees),
          subject: p.subject,
          document: p.document,
          document_sha256: p.documentSha256,
          on_behalf_of: p.onBehalfOf ?? null,
        })),
      ),
    ],
  );
  const attachments = filed.flatMap(({ pratica: p }) =>
    p.attachments.map((a, position) => ({ code: p.code, position, ...a })),
  );
  if (attachments.length > 0) {
    await c.query(
      `INSERT INTO pratica_attachments (pratica_code, position, field_id, upload_id, name, media_type, size, sha256)
       SELECT code, position, "fieldId", "uploadId", name, "mediaType", size, sha256
       FROM json_to_recordset($1::json) AS x(code text, position int, "fieldId" text, "uploadId" text,
         name text, "mediaType" text, size int, sha256 text)`,
      [json(attachments)],
    );
    await c.query(
      `UPDATE uploads SET pratica_code = x.code FROM json_to_recordset($1::json) AS x(code text, "uploadId" text)
       WHERE uploads.id = x."uploadId"`,
      [json(attachments)],
    );
  }
  await c.query(
    `INSERT INTO register (aoo_code, seq, pratica_code, entry, prev_hash, hash)
     SELECT aoo, seq, code, entry, prev, hash
     FROM json_to_recordset($1::json) AS x(aoo text, seq int, code text, entry text, prev text, hash text)`,
    [
      json(
        filed.map((f) => ({
          aoo: f.pratica.protocol.aoo,
          seq: f.seq,
          code: f.pratica.code,
          entry: f.entry,
          prev: f.prevHash,
          hash: f.pratica.registerHash,
        })),
      ),
    ],
  );
  const keys = filed.filter((f) => f.input.idempotency);
  if (keys.length > 0)
    await c.query(
      `INSERT INTO idempotency (ente_id, submitter, key, request_sha256, pratica_code)
       SELECT e, s, k, h, code FROM json_to_recordset($1::json) AS x(e text, s text, k text, h text, code text)`,
      [
        json(
          keys.map((f) => ({
            e: f.input.enteId,
            s: f.input.submitter,
            k: f.input.idempotency!.key,
            h: f.input.idempotency!.requestSha256,
            code: f.pratica.code,
          })),
        ),
      ],
    );
  await c.query(
    `INSERT INTO audit (at, ente_id, actor, action, subject, data)
     SELECT v->>'at', v->>'e', v->>'a', 'pratica.filed', v->>'s', v->>'d'
     FROM json_array_elements($1::json) WITH ORDINALITY AS x(v, n) ORDER BY n`,
    [
      json(
        filed.map(({ pratica: p }) => ({
          at: p.protocol.at,
          e: p.enteId,
          a: p.submitter,
          s: p.code,
          d: JSON.stringify({
            protocol: p.protocol.number,
            year: p.protocol.year,
            module: p.moduleId,
            version: p.moduleVersion,
            hash: p.registerHash,
          }),
        })),
      ),
    ],
  );
  await c.query(
    `INSERT INTO protocol_counters (aoo_code, year, last)
     SELECT a, y, last FROM json_to_recordset($1::json) AS x(a text, y int, last int)
     ON CONFLICT (aoo_code, year) DO UPDATE SET last = excluded.last`,
    [json([...counters].map(([k, last]) => ({ a: k.split('\n')[0], y: Number(k.split('\n')[1]), last })))],
  );
}
