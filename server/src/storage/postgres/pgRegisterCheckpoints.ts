import { GENESIS_HASH } from '../../register/chainHash';
import type { Checkpoint } from '../sqlite/registerCheckpoints';
import { checkpointHash } from '../sqlite/registerCheckpoints';
import type { Queryable } from './pgPool';

/** A checkpoint decided by a filing batch, before its place in the checkpoints' own chain. */
export type PendingCheckpoint = Omit<Checkpoint, 'prevHash' | 'hash'>;

/**
 * Writes the checkpoints a filing batch reached, inside its transaction: chained after the last
 * checkpoint of each AOO (read here: the batch holds the ente row lock, so no other transaction
 * appends to the same AOO), in one multi-row INSERT. The same rows as SQLite's `writeCheckpoint`.
 */
export async function writePgCheckpoints(q: Queryable, pending: PendingCheckpoint[]): Promise<void> {
  if (pending.length === 0) return;
  const aoos = [...new Set(pending.map((p) => p.aoo))];
  const { rows } = await q.query<{ aoo_code: string; hash: string }>(
    `SELECT a.aoo AS aoo_code, c.hash FROM unnest($1::text[]) AS a(aoo)
     CROSS JOIN LATERAL (SELECT hash FROM register_checkpoints WHERE aoo_code = a.aoo ORDER BY seq DESC LIMIT 1) c`,
    [aoos],
  );
  const last = new Map(rows.map((r) => [r.aoo_code, r.hash]));
  const written = pending.map((p) => {
    const prevHash = last.get(p.aoo) ?? GENESIS_HASH;
    const hash = checkpointHash(prevHash, p);
    last.set(p.aoo, hash);
    return {
      aoo: p.aoo,
      seq: p.seq,
      link: p.linkHash,
      numbers: JSON.stringify(p.numbers),
      prev: prevHash,
      hash,
    };
  });
  await q.query(
    `INSERT INTO register_checkpoints (aoo_code, seq, link_hash, numbers, prev_hash, hash)
     SELECT aoo, seq, link, numbers, prev, hash
     FROM json_to_recordset($1::json) AS x(aoo text, seq int, link text, numbers text, prev text, hash text)`,
    [JSON.stringify(written)],
  );
}

/** An AOO's checkpoints up to link `until`, in order. */
export async function loadPgCheckpoints(q: Queryable, aoo: string, until: number): Promise<Checkpoint[]> {
  const { rows } = await q.query<{
    seq: number;
    link_hash: string;
    numbers: string;
    prev_hash: string;
    hash: string;
  }>(
    'SELECT seq, link_hash, numbers, prev_hash, hash FROM register_checkpoints WHERE aoo_code = $1 AND seq <= $2 ORDER BY seq',
    [aoo, until],
  );
  return rows.map((r) => ({
    aoo,
    seq: r.seq,
    linkHash: r.link_hash,
    numbers: JSON.parse(r.numbers) as Record<string, number>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/**
 * The first checkpoint that is altered (its own chain does not recompute) or no longer matches
 * the link it names; one hash per checkpoint and one query for all their links.
 */
export async function checkPgCheckpoints(
  q: Queryable,
  aoo: string,
  checkpoints: Checkpoint[],
): Promise<{ seq: number; praticaCode: string; reason: string } | undefined> {
  if (checkpoints.length === 0) return undefined;
  const { rows } = await q.query<{ seq: number; pratica_code: string; hash: string }>(
    'SELECT seq, pratica_code, hash FROM register WHERE aoo_code = $1 AND seq = ANY($2)',
    [aoo, checkpoints.map((c) => c.seq)],
  );
  const links = new Map(rows.map((r) => [r.seq, r]));
  let prev = GENESIS_HASH;
  for (const cp of checkpoints) {
    const link = links.get(cp.seq);
    const broken = (reason: string) => ({ seq: cp.seq, praticaCode: link?.pratica_code ?? '', reason });
    if (cp.prevHash !== prev || checkpointHash(prev, cp) !== cp.hash)
      return broken(`the checkpoint at link ${cp.seq} has been altered`);
    if (!link || link.hash !== cp.linkHash)
      return broken('the link differs from the checkpoint taken when it was written');
    prev = cp.hash;
  }
  return undefined;
}
