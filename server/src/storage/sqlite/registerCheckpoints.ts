import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../register/canonicalJson';
import { chainHash, GENESIS_HASH } from '../../register/chainHash';

/** How many links of an AOO's register lie between two checkpoints, unless the store says otherwise. */
export const CHECKPOINT_EVERY = 1000;

/** A stored checkpoint: link `seq` of `aoo` had `linkHash`, with these last numbers per year. */
export interface Checkpoint {
  aoo: string;
  seq: number;
  linkHash: string;
  /** Year → last protocol number through this link. */
  numbers: Record<string, number>;
  prevHash: string;
  hash: string;
}

/** The hash of a checkpoint: chained to the previous checkpoint of the same AOO. */
export function checkpointHash(prevHash: string, c: Omit<Checkpoint, 'prevHash' | 'hash'>): string {
  return chainHash(
    prevHash,
    canonicalJson({ aoo: c.aoo, seq: c.seq, linkHash: c.linkHash, numbers: c.numbers }),
  );
}

/**
 * Writes the checkpoint of link `seq`, inside the filing transaction that appended it (the
 * protocol counters then hold exactly the numbers through this link).
 */
export function writeCheckpoint(db: Database, aoo: string, seq: number, linkHash: string): void {
  const counters = db
    .prepare('SELECT year, last FROM protocol_counters WHERE aoo_code = ? ORDER BY year')
    .all(aoo) as { year: number; last: number }[];
  const numbers = Object.fromEntries(counters.map((r) => [String(r.year), r.last]));
  const prev = db
    .prepare('SELECT hash FROM register_checkpoints WHERE aoo_code = ? ORDER BY seq DESC LIMIT 1')
    .get(aoo) as { hash: string } | undefined;
  const prevHash = prev?.hash ?? GENESIS_HASH;
  const hash = checkpointHash(prevHash, { aoo, seq, linkHash, numbers });
  db.prepare(
    'INSERT INTO register_checkpoints (aoo_code, seq, link_hash, numbers, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(aoo, seq, linkHash, JSON.stringify(numbers), prevHash, hash);
}

/** An AOO's checkpoints up to link `until`, in order; none on a database from before migration 007. */
export function loadCheckpoints(db: Database, aoo: string, until: number): Checkpoint[] {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'register_checkpoints'")
    .get();
  if (!exists) return [];
  const rows = db
    .prepare(
      'SELECT seq, link_hash, numbers, prev_hash, hash FROM register_checkpoints WHERE aoo_code = ? AND seq <= ? ORDER BY seq',
    )
    .all(aoo, until) as {
    seq: number;
    link_hash: string;
    numbers: string;
    prev_hash: string;
    hash: string;
  }[];
  return rows.map((r) => ({
    aoo,
    seq: r.seq,
    linkHash: r.link_hash,
    numbers: JSON.parse(r.numbers) as Record<string, number>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}
