import type { Database } from 'better-sqlite3';
import { chainHash, GENESIS_HASH } from '../../register/chainHash';
import { registerEntry } from '../../register/registerEntry';
import { documentMatches } from '../anonymisedDocument';
import { sha256Hex } from '../../register/sha256Hex';
import type { ChainCheck } from '../PraticaStore';
import type { AttachmentRow, PraticaRow } from './praticaRows';
import { ATTACHMENTS_SQL, toAttachment } from './praticaRows';
import type { Checkpoint } from './registerCheckpoints';
import { checkpointHash, loadCheckpoints } from './registerCheckpoints';

/** A chain check, with how many links were rebuilt and rehashed to reach it. */
export type SqliteChainCheck = ChainCheck & { rehashed: number };

type Broken = { seq: number; praticaCode: string; reason: string };

/**
 * Re-checks each AOO's chain (or one pratica's, `upTo`). Every link rehashed must equal the
 * entry rebuilt from its stored pratica (so editing a pratica row is caught, not only editing the
 * register), its document must hash to its stored SHA-256, links must follow each other and
 * protocol numbers run 1, 2, 3... within each year. Stops at the first broken link and names it.
 *
 * The checkpoints are checked first (their own chain, and each against the link it names: both
 * cheap), then links are rehashed from the last checkpoint before the target, not from the first
 * link. `full` rehashes every link from the first (and compares each checkpoint's numbers on the
 * way), and also looks for pratiche outside the register: `pnpm modulo verify-register`.
 */
export function verifySqliteChain(
  db: Database,
  options: { upTo?: string; full?: boolean } = {},
): SqliteChainCheck {
  const { upTo, full = false } = options;
  let aoos: { aoo: string; until: number }[];
  if (upTo !== undefined) {
    const target = db.prepare('SELECT aoo_code, seq FROM register WHERE pratica_code = ?').get(upTo) as
      { aoo_code: string; seq: number } | undefined;
    if (!target)
      return {
        ok: false,
        entries: 0,
        rehashed: 0,
        brokenAt: { aoo: '', seq: 0, praticaCode: upTo, reason: 'not in the register' },
      };
    aoos = [{ aoo: target.aoo_code, until: target.seq }];
  } else {
    aoos = (
      db.prepare('SELECT DISTINCT aoo_code FROM register ORDER BY aoo_code').all() as { aoo_code: string }[]
    ).map((r) => ({ aoo: r.aoo_code, until: Number.MAX_SAFE_INTEGER }));
  }
  let entries = 0;
  let rehashed = 0;
  for (const { aoo, until } of aoos) {
    const result = verifyAoo(db, aoo, until, full);
    rehashed += result.rehashed;
    if ('broken' in result)
      return { ok: false, entries: entries + result.entries, rehashed, brokenAt: { aoo, ...result.broken } };
    entries += result.entries;
  }
  if (full) {
    const orphan = db
      .prepare(
        'SELECT p.code, p.aoo_code FROM pratiche p LEFT JOIN register r ON r.pratica_code = p.code WHERE r.seq IS NULL LIMIT 1',
      )
      .get() as { code: string; aoo_code: string } | undefined;
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
function verifyAoo(
  db: Database,
  aoo: string,
  until: number,
  full: boolean,
): { entries: number; rehashed: number } | { entries: number; rehashed: number; broken: Broken } {
  const checkpoints = loadCheckpoints(db, aoo, until);
  const badCheckpoint = checkCheckpoints(db, aoo, checkpoints);
  // A full check names the first broken link, which may come before the first bad checkpoint.
  if (badCheckpoint && !full) return { entries: 0, rehashed: 0, broken: badCheckpoint };
  // Start after the last checkpoint strictly before the target, so the target itself is rebuilt.
  const start: Checkpoint | undefined = full ? undefined : checkpoints.filter((c) => c.seq < until).at(-1);
  const bySeq = new Map(checkpoints.map((c) => [c.seq, c]));
  const links = db.prepare(
    `SELECT r.seq, r.pratica_code, r.entry, r.prev_hash, r.hash, p.*
     FROM register r LEFT JOIN pratiche p ON p.code = r.pratica_code
     WHERE r.aoo_code = ? AND r.seq > ? AND r.seq <= ? ORDER BY r.seq`,
  );
  const attachments = db.prepare(ATTACHMENTS_SQL);
  const outgoingTaken = db.prepare(
    'SELECT 1 FROM outgoing_protocols WHERE aoo_code = ? AND year = ? AND number = ?',
  );
  let expectedSeq = (start?.seq ?? 0) + 1;
  let prevHash = start?.linkHash ?? GENESIS_HASH;
  const lastNumber = new Map<number, number>(
    Object.entries(start?.numbers ?? {}).map(([y, n]) => [Number(y), n]),
  );
  let entries = start?.seq ?? 0;
  let rehashed = 0;
  for (const raw of links.iterate(aoo, start?.seq ?? 0, until)) {
    const r = raw as PraticaRow & {
      anonymised_at: string | null;
      seq: number;
      pratica_code: string;
      entry: string;
      prev_hash: string;
      hash: string;
    };
    const broken = (reason: string) => ({
      entries,
      rehashed,
      broken: { seq: r.seq, praticaCode: r.pratica_code, reason },
    });
    if (badCheckpoint && badCheckpoint.seq < r.seq) return { entries, rehashed, broken: badCheckpoint };
    if (r.seq !== expectedSeq) return broken(`link ${expectedSeq} is missing`);
    if (r.code === null || r.code === undefined) return broken('the pratica of this link is missing');
    if (!documentMatches(r.document, r.document_sha256, r.anonymised_at, sha256Hex))
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
  return badCheckpoint ? { entries, rehashed, broken: badCheckpoint } : { entries, rehashed };
}

/**
 * The first checkpoint that is altered (its own chain does not recompute) or that no longer
 * matches the link it names; cheap: one hash and one indexed read per checkpoint.
 */
function checkCheckpoints(db: Database, aoo: string, checkpoints: Checkpoint[]): Broken | undefined {
  const linkAt = db.prepare('SELECT pratica_code, hash FROM register WHERE aoo_code = ? AND seq = ?');
  let prev = GENESIS_HASH;
  for (const cp of checkpoints) {
    const link = linkAt.get(aoo, cp.seq) as { pratica_code: string; hash: string } | undefined;
    const broken = (reason: string) => ({ seq: cp.seq, praticaCode: link?.pratica_code ?? '', reason });
    if (cp.prevHash !== prev || checkpointHash(prev, cp) !== cp.hash)
      return broken(`the checkpoint at link ${cp.seq} has been altered`);
    if (!link || link.hash !== cp.linkHash)
      return broken('the link differs from the checkpoint taken when it was written');
    prev = cp.hash;
  }
  return undefined;
}
