import type { Queryable } from './pgPool';
import { chainHash, GENESIS_HASH } from '../../register/chainHash';
import { registerEntry } from '../../register/registerEntry';
import { documentMatches } from '../anonymisedDocument';
import { sha256Hex } from '../../register/sha256Hex';
import type { ChainCheck } from '../PraticaStore';
import { ATTACHMENTS_OF_P } from './praticaRows';
import type { PraticaRow } from './praticaRows';
import type { Checkpoint } from '../sqlite/registerCheckpoints';
import { checkPgCheckpoints, loadPgCheckpoints } from './pgRegisterCheckpoints';

const PAGE = 2000;

type LinkRow = Partial<PraticaRow> & {
  anonymised_at?: string | null;
  seq: number;
  pratica_code: string;
  entry: string;
  prev_hash: string;
  hash: string;
};

/** A chain check, with how many links were rebuilt and rehashed to reach it. */
export type PgChainCheck = ChainCheck & { rehashed: number };

type Broken = { seq: number; praticaCode: string; reason: string };

/**
 * The same checks as `verifySqliteChain`, on PostgreSQL, reading each chain in pages: every
 * entry rebuilt from its stored pratica, document hashes, links, numbers 1..N per year (outgoing
 * protocol numbers included); stops at the first broken link and names it. The checkpoints are
 * checked first (their own chain, and each against its link), then links are rehashed from the
 * last checkpoint before the target; `full` rehashes from the first link, compares each
 * checkpoint's numbers on the way and looks for pratiche outside the register.
 */
export async function verifyPgChain(
  q: Queryable,
  options: { upTo?: string; full?: boolean } = {},
): Promise<PgChainCheck> {
  const { upTo, full = false } = options;
  let aoos: { aoo: string; until: number }[];
  if (upTo !== undefined) {
    const { rows } = await q.query<{ aoo_code: string; seq: number }>(
      'SELECT aoo_code, seq FROM register WHERE pratica_code = $1',
      [upTo],
    );
    const target = rows[0];
    if (!target)
      return {
        ok: false,
        entries: 0,
        rehashed: 0,
        brokenAt: { aoo: '', seq: 0, praticaCode: upTo, reason: 'not in the register' },
      };
    aoos = [{ aoo: target.aoo_code, until: target.seq }];
  } else {
    const { rows } = await q.query<{ aoo_code: string }>(
      'SELECT DISTINCT aoo_code COLLATE "C" AS aoo_code FROM register ORDER BY 1',
    );
    aoos = rows.map((r) => ({ aoo: r.aoo_code, until: 2 ** 31 - 1 }));
  }
  let entries = 0;
  let rehashed = 0;
  for (const { aoo, until } of aoos) {
    const result = await verifyAoo(q, aoo, until, full);
    rehashed += result.rehashed;
    if ('broken' in result)
      return { ok: false, entries: entries + result.entries, rehashed, brokenAt: { aoo, ...result.broken } };
    entries += result.entries;
  }
  if (full) {
    const { rows } = await q.query<{ code: string; aoo_code: string }>(
      'SELECT p.code, p.aoo_code FROM pratiche p LEFT JOIN register r ON r.pratica_code = p.code WHERE r.seq IS NULL LIMIT 1',
    );
    const orphan = rows[0];
    if (orphan)
      return {
        ok: false,
        entries,
        rehashed,
        brokenAt: {
          aoo: orphan.aoo_code,
          seq: 0,
          praticaCode: orphan.code,
          reason: 'a pratica outside the register',
        },
      };
  }
  return { ok: true, entries, rehashed };
}

/** One AOO's chain up to link `until`: its checkpoints, then the links after the starting one. */
async function verifyAoo(
  q: Queryable,
  aoo: string,
  until: number,
  full: boolean,
): Promise<{ entries: number; rehashed: number } | { entries: number; rehashed: number; broken: Broken }> {
  const checkpoints = await loadPgCheckpoints(q, aoo, until);
  const badCheckpoint = await checkPgCheckpoints(q, aoo, checkpoints);
  // A full check names the first broken link, which may come before the first bad checkpoint.
  if (badCheckpoint && !full) return { entries: 0, rehashed: 0, broken: badCheckpoint };
  // Start after the last checkpoint strictly before the target, so the target itself is rebuilt.
  const start: Checkpoint | undefined = full ? undefined : checkpoints.filter((c) => c.seq < until).at(-1);
  const bySeq = new Map(checkpoints.map((c) => [c.seq, c]));
  let expectedSeq = (start?.seq ?? 0) + 1;
  let prevHash = start?.linkHash ?? GENESIS_HASH;
  const lastNumber = new Map<number, number>(
    Object.entries(start?.numbers ?? {}).map(([y, n]) => [Number(y), n]),
  );
  let entries = start?.seq ?? 0;
  let rehashed = 0;
  // Numbers given to outgoing documents (back office) belong to the same gapless register.
  const outgoing = new Set(
    (
      await q.query<{ year: number; number: number }>(
        'SELECT year, number FROM outgoing_protocols WHERE aoo_code = $1',
        [aoo],
      )
    ).rows.map((o) => `${o.year}:${o.number}`),
  );
  for (let after = start?.seq ?? 0; after < until;) {
    const { rows } = await q.query<LinkRow>(
      `SELECT r.seq, r.pratica_code, r.entry, r.prev_hash, r.hash, p.*, ${ATTACHMENTS_OF_P} AS attachments
       FROM register r LEFT JOIN pratiche p ON p.code = r.pratica_code
       WHERE r.aoo_code = $1 AND r.seq > $2 AND r.seq <= $3 ORDER BY r.seq LIMIT ${PAGE}`,
      [aoo, after, until],
    );
    for (const r of rows) {
      const broken = (reason: string) => ({
        entries,
        rehashed,
        broken: { seq: r.seq, praticaCode: r.pratica_code, reason },
      });
      if (badCheckpoint && badCheckpoint.seq < r.seq) return { entries, rehashed, broken: badCheckpoint };
      if (r.seq !== expectedSeq) return broken(`link ${expectedSeq} is missing`);
      if (!r.code) return broken('the pratica of this link is missing');
      if (!documentMatches(r.document!, r.document_sha256!, r.anonymised_at, sha256Hex))
        return broken('the document does not match its SHA-256');
      const year = r.protocol_year!;
      let expectedNumber = (lastNumber.get(year) ?? 0) + 1;
      while (outgoing.has(`${year}:${expectedNumber}`)) expectedNumber++;
      if (r.protocol_number !== expectedNumber)
        return broken(`protocol number ${r.protocol_number} where ${expectedNumber} was due (${year})`);
      lastNumber.set(year, expectedNumber);
      const rebuilt = registerEntry({
        aoo,
        seq: r.seq,
        code: r.code,
        enteId: r.ente_id!,
        protocol: { year, number: expectedNumber, at: r.protocol_at!, date: r.protocol_date! },
        moduleId: r.module_id!,
        moduleVersion: r.module_version!,
        submitter: r.submitter!,
        subject: r.subject!,
        documentSha256: r.document_sha256!,
        attachments: r.attachments ?? [],
      });
      if (rebuilt !== r.entry) return broken('the stored pratica differs from its register entry');
      if (r.prev_hash !== prevHash) return broken('the link does not point to the previous one');
      if (chainHash(prevHash, r.entry) !== r.hash) return broken('the link hash does not match');
      const cp = bySeq.get(r.seq);
      if (
        cp &&
        JSON.stringify(cp.numbers) !==
          JSON.stringify(Object.fromEntries([...lastNumber].sort((a, b) => a[0] - b[0])))
      )
        return broken('the protocol numbers differ from the checkpoint taken at this link');
      prevHash = r.hash;
      expectedSeq++;
      entries++;
      rehashed++;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.seq;
  }
  return badCheckpoint ? { entries, rehashed, broken: badCheckpoint } : { entries, rehashed };
}
